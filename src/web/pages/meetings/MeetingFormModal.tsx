import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Collapse, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { meetingKinds } from '../../../domain/meeting-kinds.ts';
import { type MeetingDetail, type MeetingWithWarnings, useCreateMeeting, useUpdateMeeting } from '../../api/meetings.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { DayField } from './DayField.tsx';
import { createBody, type MeetingFormValues, patchBody, valuesOf } from './meeting-form.ts';
import { PersonSelect } from './PersonSelect.tsx';
import { PlaceAndPeopleFields } from './PlaceAndPeopleFields.tsx';

interface MeetingFormModalProps {
  unitId: string;
  /** A saved meeting to change; without it a new one is scheduled. */
  meeting?: MeetingDetail;
  /** Starting values of a new meeting (a topic's thematic meeting: its kind, title and date). */
  preset?: Partial<MeetingFormValues>;
  topicId?: string;
  onClose: () => void;
  onSaved: (result: MeetingWithWarnings) => void;
}

/** "Tạo cuộc họp" and its change: what, when, where, who runs it and who is invited. */
export function MeetingFormModal({ unitId, meeting, preset, topicId, onClose, onSaved }: MeetingFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const required = [{ required: true, message: t('errors.required') }];
  const known = meeting ? [meeting.presiding, meeting.minuteTaker].flatMap((person) => (person ? [person] : [])) : [];

  const submit = async (values: MeetingFormValues) => {
    const result = meeting ? await update.mutateAsync({ id: meeting.id, input: patchBody(values, valuesOf(meeting)) }) : await create.mutateAsync(createBody(unitId, values, topicId));
    onSaved(result);
  };

  return (
    <FormModal<MeetingFormValues>
      title={meeting ? t('meetings.form.editTitle') : t('meetings.form.createTitle')}
      okText={meeting ? t('common.save') : t('meetings.form.create')}
      onCancel={onClose}
      onSubmit={submit}
      width={720}
      initialValues={meeting ? valuesOf(meeting) : { kind: 'regular_cell', startTime: '08:00', invite: 'members', guests: [], ...preset }}
    >
      <Form.Item name="kind" label={t('meetings.form.kind')} rules={required}>
        <Select disabled={Boolean(meeting) || Boolean(topicId)} options={meetingKinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('meetings.form.title')} extra={meeting ? undefined : t('meetings.form.titleHint')}>
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <DayField name="day" label={t('meetings.form.day')} rules={required} />
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item name="startTime" label={t('meetings.form.startTime')} rules={required}>
            <Input type="time" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item name="endTime" label={t('meetings.form.endTime')}>
            <Input type="time" />
          </Form.Item>
        </Col>
      </Row>
      <PlaceAndPeopleFields unitId={unitId} known={known} online />
      {meeting ? null : <Invitations unitId={unitId} />}
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'thematic_cell' ? (
            <Form.Item name="sendDaysBefore" label={t('meetings.form.sendDaysBefore')} extra={t('meetings.form.sendDaysBeforeHint')}>
              <InputNumber min={0} max={60} placeholder="3" style={{ width: 120 }} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </FormModal>
  );
}

/** Who is invited: the unit's members by default, more people, and guests (đại biểu). */
function Invitations({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'invitees',
          label: t('meetings.form.invitees'),
          forceRender: true,
          children: (
            <>
              <Form.Item name="invite" label={t('meetings.form.invite')}>
                <Radio.Group
                  style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  options={(['members', 'subtree', 'none'] as const).map((value) => ({ value, label: t(`meetings.form.inviteOption.${value}`) }))}
                />
              </Form.Item>
              <Form.Item name="personIds" label={t('meetings.form.morePeople')}>
                <PersonSelect unitId={unitId} multiple />
              </Form.Item>
              <Form.List name="guests">
                {(fields, { add, remove }) => (
                  <fieldset className="meeting-guests">
                    <legend>{t('meetings.form.guests')}</legend>
                    {fields.map((field, index) => (
                      <Row key={field.key} gutter={8} align="top" wrap className="meeting-guest-row">
                        <Col xs={24} sm={8}>
                          <Form.Item name={[field.name, 'name']} label={t('meetings.form.guestName', { index: index + 1 })} rules={[{ required: true, message: t('errors.required') }]}>
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={7}>
                          <Form.Item name={[field.name, 'title']} label={t('meetings.form.guestTitle')}>
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Col xs={20} sm={7}>
                          <Form.Item name={[field.name, 'organization']} label={t('meetings.form.guestOrganization')}>
                            <Input maxLength={300} />
                          </Form.Item>
                        </Col>
                        <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.form.removeGuest', { index: index + 1 })} onClick={() => remove(field.name)} />
                        </Col>
                      </Row>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({})}>
                      {t('meetings.form.addGuest')}
                    </Button>
                  </fieldset>
                )}
              </Form.List>
            </>
          ),
        },
      ]}
    />
  );
}
