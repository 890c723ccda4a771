import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { templatePeriodTypes, type TemplatePeriodType } from '../../../domain/reports/template.ts';
import { DeadlineFields } from './DeadlineFields.tsx';
import { ReportersFields } from './ReportersFields.tsx';
import type { TemplateFormState } from './template-form.ts';

const recipients: TemplateFormState['recipient']['to'][] = ['parent', 'department'];

/** Name, description, period type, who reports, who receives and the deadline. */
export function GeneralSettings() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const to = Form.useWatch(['recipient', 'to']);

  // An ad hoc report has one fixed date; a periodic one counts from its period.
  const onPeriodType = (periodType: TemplatePeriodType) => {
    const rule = form.getFieldValue(['deadline', 'rule']);
    if (periodType === 'ad_hoc') form.setFieldValue(['deadline', 'rule'], 'fixed_date');
    else if (rule === 'fixed_date') form.setFieldValue(['deadline', 'rule'], 'day_of_next_month');
  };

  return (
    <>
      <Form.Item name="name" label={t('reportTemplates.general.name')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('reportTemplates.general.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="periodType" label={t('reportTemplates.general.periodType')}>
            <Select options={templatePeriodTypes.map((value) => ({ value, label: t(`reportTemplates.periodType.${value}`) }))} onChange={onPeriodType} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <DeadlineFields />
        </Col>
      </Row>
      <ReportersFields />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['recipient', 'to']} label={t('reportTemplates.general.recipient')}>
            <Radio.Group options={recipients.map((value) => ({ value, label: t(`reportTemplates.general.recipientTo.${value}`) }))} />
          </Form.Item>
        </Col>
        {to === 'department' ? (
          <Col xs={24} md={12}>
            <Form.Item
              name={['recipient', 'code']}
              label={t('reportTemplates.general.departmentCode')}
              extra={t('reportTemplates.general.departmentCodeHint')}
              normalize={(value: string) => value.toUpperCase()}
            >
              <Input maxLength={20} style={{ maxWidth: 200 }} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
