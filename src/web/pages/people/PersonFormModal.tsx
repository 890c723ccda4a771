import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Gender, MembershipPosition, PartyStatus } from '../../../domain/people.ts';
import { useCreatePerson, useUpdatePerson } from '../../api/people.ts';
import type { Person } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { DateField } from '../../components/DateField.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';
import { genderOptions, partyStatusOptions, positionOptions } from './options.ts';
import { useFeedback } from '../../components/feedback.tsx';

interface Values {
  fullName: string;
  unitId?: string;
  position?: MembershipPosition;
  startedOn?: Dayjs | null;
  gender?: Gender | null;
  birthYear?: number | null;
  email?: string;
  phone?: string;
  partyStatus: PartyStatus;
  partyJoinedOn?: Dayjs | null;
  memberCode?: string;
}

const half = { xs: 24, sm: 12 };

/** Adds a person to a unit (with position and start date), or edits a person's own details. */
export function PersonFormModal({ person, unitId, onClose, onSaved }: { person?: Person; unitId?: string | null; onClose: () => void; onSaved: (person: Person) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const create = useCreatePerson();
  const update = useUpdatePerson();

  const submit = async (values: Values) => {
    const fields = {
      fullName: values.fullName.trim(),
      gender: values.gender ?? null,
      birthYear: values.birthYear ?? null,
      email: values.email?.trim() || null,
      phone: values.phone?.trim() || null,
      partyStatus: values.partyStatus,
      partyJoinedOn: values.partyJoinedOn ? isoDateOf(values.partyJoinedOn) : null,
      memberCode: values.memberCode?.trim() || null,
    };
    const saved = person
      ? await update.mutateAsync({ id: person.id, ...fields })
      : await create.mutateAsync({ ...fields, unitId: values.unitId!, position: values.position, startedOn: values.startedOn ? isoDateOf(values.startedOn) : undefined });
    message.success(person ? t('people.updated') : t('people.created', { name: saved.fullName }));
    onSaved(saved);
  };

  const initialValues: Partial<Values> = person
    ? {
        fullName: person.fullName,
        gender: person.gender,
        birthYear: person.birthYear,
        email: person.email ?? '',
        phone: person.phone ?? '',
        partyStatus: person.partyStatus,
        partyJoinedOn: dayOf(person.partyJoinedOn),
        memberCode: person.memberCode ?? '',
      }
    : { unitId: unitId ?? undefined, position: 'member', partyStatus: 'full' };

  return (
    <FormModal<Values> title={person ? t('people.editTitle') : t('people.addTitle')} width={680} onCancel={onClose} onSubmit={submit} initialValues={initialValues}>
      <Form.Item name="fullName" label={t('people.fullName')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
        <Input autoFocus maxLength={200} autoComplete="off" />
      </Form.Item>
      {person ? null : (
        <>
          <Form.Item name="unitId" label={t('people.unit')} rules={[{ required: true, message: t('errors.required') }]}>
            <UnitPicker />
          </Form.Item>
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name="position" label={t('people.position')}>
                <Select options={positionOptions(t, true)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="startedOn" label={t('people.startedOn')}>
                <DateField />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="partyStatus" label={t('people.partyStatus')}>
            <Select options={partyStatusOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="partyJoinedOn" label={t('people.partyJoinedOn')}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="memberCode" label={t('people.memberCode')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="gender" label={t('people.gender')}>
            <Select allowClear options={genderOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="birthYear" label={t('people.birthYear')}>
            <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="phone" label={t('people.phone')}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="email" label={t('people.email')} rules={[{ type: 'email', message: t('errors.email') }]}>
        <Input inputMode="email" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
