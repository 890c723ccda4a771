import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { associationTypes, unitKinds } from '../../../domain/unit-kinds.ts';
import { UnitListField } from '../documents/UnitListField.tsx';
import type { TemplateFormState } from './template-form.ts';

const reporterModes: TemplateFormState['reporters']['by'][] = ['unit_kind', 'association_type', 'units'];

/** Who reports: units of some kinds, associations of some types, or units picked one by one. */
export function ReportersFields() {
  const { t } = useTranslation();
  const by: TemplateFormState['reporters']['by'] | undefined = Form.useWatch(['reporters', 'by']);
  return (
    <>
      <Form.Item name={['reporters', 'by']} label={t('reportTemplates.general.reporters')}>
        <Radio.Group options={reporterModes.map((mode) => ({ value: mode, label: t(`reportTemplates.general.reportersBy.${mode}`) }))} />
      </Form.Item>
      {by === 'unit_kind' ? (
        <Form.Item name={['reporters', 'kinds']} label={t('reportTemplates.general.kinds')}>
          <Select mode="multiple" options={unitKinds.map((kind) => ({ value: kind, label: t(`enums.unitKind.${kind}`) }))} />
        </Form.Item>
      ) : null}
      {by === 'association_type' ? (
        <Form.Item name={['reporters', 'types']} label={t('reportTemplates.general.types')}>
          <Select mode="multiple" options={associationTypes.map((type) => ({ value: type, label: t(`enums.associationType.${type}`) }))} />
        </Form.Item>
      ) : null}
      {by === 'units' ? (
        <UnitListField
          name="reporterUnits"
          label={t('reportTemplates.general.units')}
          addText={t('reportTemplates.general.addUnit')}
          itemLabel={(index) => t('reportTemplates.general.unitItem', { index })}
          removeLabel={(index) => t('reportTemplates.general.removeUnit', { index })}
        />
      ) : null}
    </>
  );
}
