import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AssociationType, associationTypes, type DepartmentFunction, departmentFunctions, isPartyKind, type UnitKind } from '../../../domain/unit-kinds.ts';
import type { Unit } from '../../api/types.ts';
import { useCreateUnit, useUpdateUnit } from '../../api/units.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { childKinds, inheritedAssociationType } from './child-kinds.ts';
import { useFeedback } from '../../components/feedback.tsx';

interface Values {
  kind: UnitKind;
  name: string;
  shortName?: string;
  code?: string;
  departmentFunction?: DepartmentFunction;
  associationType?: AssociationType;
  ledById?: string | null;
  displayOrder?: number | null;
}

type Target = { parent: Unit; unit?: undefined } | { unit: Unit; parent?: undefined };

const acceptPartyUnit = (unit: Unit) => isPartyKind(unit.kind);

/** Creates a unit under `parent`, or edits `unit`; the fields follow the kind of unit. */
export function UnitFormModal({ target, onClose, onSaved }: { target: Target; onClose: () => void; onSaved: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const { parent, unit } = target;
  const kinds = parent ? childKinds(parent) : [];
  const fixedType = parent ? inheritedAssociationType(parent) : null;
  const required = [{ required: true, whitespace: true, message: t('errors.required') }];

  const submit = async (values: Values) => {
    const kind = unit?.kind ?? values.kind;
    const common = {
      name: values.name.trim(),
      shortName: values.shortName?.trim() || null,
      departmentFunction: kind === 'department' ? values.departmentFunction : undefined,
      associationType: kind === 'association' ? (fixedType ?? values.associationType) : undefined,
      ledById: kind === 'association' ? (values.ledById ?? null) : undefined,
      displayOrder: values.displayOrder ?? undefined,
    };
    const saved = unit
      ? await update.mutateAsync({ id: unit.id, ...common, code: values.code?.trim() })
      : await create.mutateAsync({ parentId: parent.id, kind, ...common, code: values.code?.trim() || null });
    message.success(unit ? t('common.saved') : t('units.created', { name: saved.name }));
    onSaved(saved);
  };

  const initialValues: Partial<Values> = unit
    ? {
        kind: unit.kind,
        name: unit.name,
        shortName: unit.shortName ?? '',
        code: unit.code,
        departmentFunction: unit.departmentFunction ?? undefined,
        associationType: unit.associationType ?? undefined,
        ledById: unit.ledBy?.id ?? null,
        displayOrder: unit.displayOrder,
      }
    : { kind: kinds[0], associationType: fixedType ?? undefined };

  return (
    <FormModal<Values> title={unit ? t('units.editTitle') : t('units.addChildTitle', { parent: parent.name })} onCancel={onClose} onSubmit={submit} initialValues={initialValues}>
      <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('errors.required') }]}>
        <Radio.Group disabled={Boolean(unit)} options={(unit ? [unit.kind] : kinds).map((kind) => ({ value: kind, label: t(`enums.unitKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('units.name')} rules={required}>
        <Input autoFocus maxLength={300} />
      </Form.Item>
      <Form.Item name="shortName" label={t('units.shortName')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="code" label={t('units.code')} extra={unit ? undefined : t('units.codeHint')} rules={unit ? required : []}>
        <Input maxLength={40} autoCapitalize="characters" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before: Values, after: Values) => before.kind !== after.kind}>
        {({ getFieldValue }) => {
          const kind = getFieldValue('kind') as UnitKind;
          if (kind === 'department') {
            return (
              <Form.Item name="departmentFunction" label={t('units.departmentFunction')} rules={[{ required: true, message: t('errors.required') }]}>
                <Radio.Group options={departmentFunctions.map((value) => ({ value, label: t(`enums.departmentFunction.${value}`) }))} />
              </Form.Item>
            );
          }
          if (kind !== 'association') return null;
          return (
            <>
              <Form.Item name="associationType" label={t('units.associationType')} rules={[{ required: true, message: t('errors.required') }]}>
                <Radio.Group disabled={Boolean(fixedType)} options={associationTypes.map((value) => ({ value, label: t(`enums.associationType.${value}`) }))} />
              </Form.Item>
              <Form.Item name="ledById" label={t('units.ledBy')}>
                <UnitPicker accept={acceptPartyUnit} allowClear />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
      <Form.Item name="displayOrder" label={t('units.displayOrder')}>
        <InputNumber min={0} max={100000} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
