import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';
import type { TemplateFormState } from './template-form.ts';

type Rule = TemplateFormState['deadline']['rule'];

/** The deadline rule: a periodic report counts from its period, an ad hoc one has a fixed date. */
export function DeadlineFields() {
  const { t } = useTranslation();
  const periodType = Form.useWatch('periodType');
  const rule: Rule | undefined = Form.useWatch(['deadline', 'rule']);
  const rules: Rule[] = periodType === 'ad_hoc' ? ['fixed_date'] : ['day_of_next_month', 'days_after_end'];
  return (
    <>
      <Form.Item name={['deadline', 'rule']} label={t('reportTemplates.general.deadline')}>
        <Select options={rules.map((value) => ({ value, label: t(`reportTemplates.general.deadlineRule.${value}`) }))} />
      </Form.Item>
      {rule === 'day_of_next_month' ? (
        <Form.Item name={['deadline', 'day']} label={t('reportTemplates.general.day')} extra={t('reportTemplates.general.dayHint')}>
          <InputNumber min={1} max={31} precision={0} style={{ width: 160 }} />
        </Form.Item>
      ) : null}
      {rule === 'days_after_end' ? (
        <Form.Item name={['deadline', 'days']} label={t('reportTemplates.general.days')} extra={t('reportTemplates.general.daysHint')}>
          <InputNumber min={0} max={366} precision={0} style={{ width: 160 }} />
        </Form.Item>
      ) : null}
      {rule === 'fixed_date' ? (
        <Form.Item
          name={['deadline', 'date']}
          label={t('reportTemplates.general.date')}
          getValueProps={(value: string | null) => ({ value: dayOf(value) })}
          normalize={(day) => (day ? isoDateOf(day) : null)}
        >
          <DateField />
        </Form.Item>
      ) : null}
    </>
  );
}
