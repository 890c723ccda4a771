import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from './PersonSelect.tsx';

/** Where the meeting is held and who runs it: shared by a single meeting and a monthly series. */
export function PlaceAndPeopleFields({ unitId, known, online = false }: { unitId: string; known?: readonly { id: string; fullName: string }[]; online?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="place" label={t('meetings.form.place')}>
        <Input maxLength={500} />
      </Form.Item>
      {online ? (
        <Form.Item name="onlineLink" label={t('meetings.form.onlineLink')}>
          <Input type="url" inputMode="url" placeholder="https://" maxLength={1000} />
        </Form.Item>
      ) : null}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="presidingPersonId" label={t('meetings.form.presiding')}>
            <PersonSelect unitId={unitId} known={known} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="minuteTakerPersonId" label={t('meetings.form.minuteTaker')}>
            <PersonSelect unitId={unitId} known={known} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
