import { Alert, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MembershipPosition } from '../../../domain/people.ts';
import { isPartyKind } from '../../../domain/unit-kinds.ts';
import { useAddMembership, useChangePosition, useEndMembership, useTransferMembership } from '../../api/people.ts';
import type { Membership, Person } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { DateField } from '../../components/DateField.tsx';
import { isoDateOf } from '../../format/dates.ts';
import { positionOptions } from './options.ts';
import { useFeedback } from '../../components/feedback.tsx';

/** What is being done to a person's memberships. */
export type MembershipAction =
  | { kind: 'add' }
  | { kind: 'position'; membership: Membership }
  | { kind: 'transfer'; membership: Membership }
  | { kind: 'end'; membership: Membership };

interface Values {
  unitId?: string;
  position?: MembershipPosition;
  date?: Dayjs | null;
}

/** One dialog per membership action: join an association, change position, transfer ("Chuyển sinh hoạt"), end. */
export function MembershipActionModal({ person, action, onClose }: { person: Person; action: MembershipAction; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const add = useAddMembership();
  const changePosition = useChangePosition();
  const transfer = useTransferMembership();
  const end = useEndMembership();
  const required = [{ required: true, message: t('errors.required') }];

  const submit = async ({ unitId, position, date }: Values) => {
    const on = date ? isoDateOf(date) : undefined;
    if (action.kind === 'add') await add.mutateAsync({ personId: person.id, unitId: unitId!, position, startedOn: on });
    if (action.kind === 'position') await changePosition.mutateAsync({ membershipId: action.membership.id, position: position! });
    if (action.kind === 'transfer') await transfer.mutateAsync({ membershipId: action.membership.id, toUnitId: unitId!, position, on });
    if (action.kind === 'end') await end.mutateAsync({ membershipId: action.membership.id, endedOn: on });
    message.success(t('common.saved'));
    onClose();
  };

  const membership = action.kind === 'add' ? null : action.membership;
  const isParty = membership?.isParty ?? false;
  const titles = {
    add: t('people.addMembership'),
    position: `${t('people.changePosition')}: ${membership?.unitName}`,
    transfer: t('people.transferTitle', { unit: membership?.unitName }),
    end: t('people.endTitle', { unit: membership?.unitName }),
  };
  const dateLabels = { add: t('people.startedOn'), position: '', transfer: t('people.transferOn'), end: t('people.endedOn') };

  return (
    <FormModal<Values>
      title={titles[action.kind]}
      okText={action.kind === 'transfer' ? t('people.transfer') : action.kind === 'end' ? t('people.end') : undefined}
      danger={action.kind === 'end'}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ position: membership?.position ?? 'member' }}
    >
      {action.kind === 'add' ? <Alert type="info" showIcon title={t('people.addMembershipHint')} style={{ marginBottom: 16 }} /> : null}
      {action.kind === 'add' || action.kind === 'transfer' ? (
        <Form.Item name="unitId" label={action.kind === 'add' ? t('people.unit') : t('people.toUnit')} rules={required}>
          <UnitPicker kind={action.kind === 'add' ? 'association' : undefined} accept={(unit) => unit.id !== membership?.unitId && isPartyKind(unit.kind) === isParty} />
        </Form.Item>
      ) : null}
      {action.kind === 'end' ? null : (
        <Form.Item name="position" label={t('people.position')} rules={required}>
          <Select options={positionOptions(t, isParty)} />
        </Form.Item>
      )}
      {action.kind === 'position' ? null : (
        <Form.Item name="date" label={dateLabels[action.kind]}>
          <DateField />
        </Form.Item>
      )}
    </FormModal>
  );
}
