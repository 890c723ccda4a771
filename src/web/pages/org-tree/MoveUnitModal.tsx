import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.ts';
import { useMoveUnit } from '../../api/units.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useFeedback } from '../../components/feedback.tsx';

/** Moves a unit and its whole subtree under another unit; the server refuses cycles and wrong kinds. */
export function MoveUnitModal({ unit, onClose, onMoved }: { unit: Unit; onClose: () => void; onMoved: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const move = useMoveUnit();
  const notItself = (candidate: Unit) => candidate.id !== unit.id && candidate.id !== unit.parentId;

  const submit = async ({ newParentId }: { newParentId: string }) => {
    await move.mutateAsync({ id: unit.id, newParentId });
    message.success(t('units.moved'));
    onMoved();
  };

  return (
    <FormModal<{ newParentId: string }> title={t('units.moveTitle', { name: unit.name })} okText={t('units.move')} onCancel={onClose} onSubmit={submit}>
      <Form.Item name="newParentId" label={t('units.newParent')} rules={[{ required: true, message: t('errors.required') }]}>
        <UnitPicker accept={notItself} />
      </Form.Item>
    </FormModal>
  );
}
