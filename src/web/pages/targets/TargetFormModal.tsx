import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds } from '../../../domain/meeting-kinds.ts';
import { associationTypes } from '../../../domain/unit-kinds.ts';
import { usePlanTasks } from '../../api/plans.ts';
import { useReportTemplate } from '../../api/report-templates.ts';
import { type MetricInfo, type MetricParamType, type SubjectKind, type Target, useCreateTarget, useUpdateTarget } from '../../api/targets.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { DocumentPicker } from '../documents/DocumentPicker.tsx';
import { templateOf } from '../reports/report-form.ts';
import { TemplateSelect } from '../reports/ReportPickers.tsx';
import { formValuesOf, metricsFor, periodTypesOf, targetBody, type TargetFormValues, valueProblem } from './target-form.ts';

const subjectKinds: SubjectKind[] = ['cell', 'base_committee', 'committee', 'association'];
const comparators = ['gte', 'lte', 'eq'] as const;

interface TargetFormModalProps {
  unitId: string;
  year: number;
  /** The target to edit, or null for a new one. */
  target: Target | null;
  metrics: readonly MetricInfo[];
  onClose: () => void;
}

/** Defines a target: its words, what it is about, how it is measured and the level it asks for. */
export function TargetFormModal({ unitId, year, target, metrics, onClose }: TargetFormModalProps) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const submit = async (values: TargetFormValues) => {
    const body = targetBody(values, metrics.find((metric) => metric.key === values.metricKey), unitId, year);
    if (target) await update.mutateAsync({ id: target.id, ...body });
    else await create.mutateAsync(body);
    feedback.message.success(t(target ? 'targets.saved' : 'targets.created'));
    onClose();
  };
  return (
    <FormModal<TargetFormValues> title={target ? t('targets.edit') : t('targets.create')} onCancel={onClose} onSubmit={submit} initialValues={formValuesOf(target)} width={640}>
      <TargetFields metrics={metrics} unitId={unitId} />
    </FormModal>
  );
}

function TargetFields({ metrics, unitId }: { metrics: readonly MetricInfo[]; unitId: string }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<TargetFormValues>();
  const subjectKind = Form.useWatch('subjectKind', form);
  const metricKey = Form.useWatch('metricKey', form);
  const comparator = Form.useWatch('comparator', form);
  const documentId = Form.useWatch('documentId', form);
  const metric = metrics.find((candidate) => candidate.key === metricKey);
  const fitting = metricsFor(metrics, subjectKind);
  const english = i18n.language === 'en';

  // A subject the chosen metric cannot measure drops the metric; a metric drops the params of another.
  const onSubject = (next: SubjectKind) => {
    if (metric && !metric.subjects.includes(next)) form.setFieldsValue({ metricKey: undefined });
  };
  const onMetric = (key: string) => {
    const chosen = metrics.find((candidate) => candidate.key === key);
    const periodType = form.getFieldValue('periodType');
    form.setFieldsValue({ params: {}, periodType: periodTypesOf(chosen).includes(periodType) ? periodType : periodTypesOf(chosen)[0] });
  };

  return (
    <>
      <Form.Item name="text" label={t('targets.fields.text')} rules={[{ required: true, whitespace: true, message: t('targets.required.text') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('targets.fields.textPlaceholder')} maxLength={1000} />
      </Form.Item>
      <Form.Item name="documentId" label={t('targets.fields.document')} extra={t('targets.fields.documentHelp')}>
        <DocumentPicker aria-label={t('targets.fields.document')} />
      </Form.Item>
      <Form.Item name="subjectKind" label={t('targets.fields.subjectKind')} rules={[{ required: true, message: t('targets.required.subjectKind') }]}>
        <Select onChange={onSubject} options={subjectKinds.map((kind) => ({ value: kind, label: t(`targets.subject.${kind}`) }))} />
      </Form.Item>
      {subjectKind === 'association' ? (
        <Form.Item name="subjectAssociationType" label={t('targets.fields.subjectAssociationType')}>
          <Select allowClear placeholder={t('common.all')} options={associationTypes.map((type) => ({ value: type, label: t(`enums.associationType.${type}`) }))} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="metricKey"
        label={t('targets.fields.metric')}
        rules={[{ required: true, message: t('targets.required.metric') }]}
        extra={metric ? `${t(`targets.metricKind.${metric.kind}`)}. ${english ? '' : metric.description}`.trim() : undefined}
      >
        <Select onChange={onMetric} options={fitting.map((candidate) => ({ value: candidate.key, label: english ? candidate.labelEn : candidate.label }))} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      {(metric?.params ?? []).map((param) => (
        <ParamField key={param.key} paramKey={param.key} type={param.type} required={param.required} unitId={unitId} documentId={documentId ?? null} />
      ))}
      <Form.Item label={t('targets.fields.value')} required style={{ marginBottom: 0 }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <Form.Item name="comparator" noStyle>
            <Select aria-label={t('targets.fields.comparator')} options={comparators.map((value) => ({ value, label: t(`targets.comparator.${value}`) }))} style={{ width: 170 }} />
          </Form.Item>
          <Form.Item
            name="value"
            style={{ marginBottom: 24 }}
            rules={[
              { required: true, message: t('targets.required.value') },
              { validator: (_, value: number | null) => { const problem = valueProblem(value, metric?.measure, comparator); return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve(); } },
            ]}
          >
            <InputNumber aria-label={t('targets.fields.value')} min={0} suffix={metric ? t(`targets.measure.${metric.measure}`) : undefined} style={{ width: 180 }} decimalSeparator={english ? '.' : ','} />
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item name="periodType" label={t('targets.fields.periodType')} rules={[{ required: true }]}>
        <Select options={periodTypesOf(metric).map((type) => ({ value: type, label: t(`targets.periodType.${type}`) }))} />
      </Form.Item>
    </>
  );
}

/** One of a metric's params: a meeting kind, a report template, one of its numeric figures, or a task of a plan. */
function ParamField({ paramKey, type, required, unitId, documentId }: { paramKey: string; type: MetricParamType; required: boolean; unitId: string; documentId: string | null }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<TargetFormValues>();
  const templateId = Form.useWatch(['params', 'templateId'], form);
  const template = useReportTemplate(type === 'report_field' ? (templateId ?? null) : null);
  const [taskDocument, setTaskDocument] = useState<string | null>(documentId);
  const tasks = usePlanTasks(type === 'task' ? (taskDocument ?? documentId ?? undefined) : undefined);
  const label = t(`targets.params.${type}`);
  const rules = required ? [{ required: true, message: t('targets.required.param', { name: label.toLowerCase() }) }] : [];
  const name = ['params', paramKey];

  switch (type) {
    case 'meeting_kind':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <Select options={meetingKinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))} />
        </Form.Item>
      );
    case 'report_template':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <TemplateSelect unitId={unitId} value={undefined} onChange={() => {}} />
        </Form.Item>
      );
    case 'report_field': {
      const fields = template.data ? templateOf(template.data.definition).fields.filter((field) => field.type === 'integer' || field.type === 'percent' || field.type === 'decimal') : [];
      return (
        <Form.Item name={name} label={label} rules={rules} extra={templateId ? undefined : t('targets.params.pickTemplateFirst')}>
          <Select disabled={!templateId} loading={template.isFetching} options={fields.map((field) => ({ value: field.key, label: field.label }))} />
        </Form.Item>
      );
    }
    case 'task':
      return (
        <>
          <Form.Item label={t('targets.params.taskDocument')}>
            <DocumentPicker aria-label={t('targets.params.taskDocument')} value={taskDocument ?? documentId} onChange={setTaskDocument} />
          </Form.Item>
          <Form.Item name={name} label={label} rules={rules} extra={taskDocument ?? documentId ? undefined : t('targets.params.pickDocumentFirst')}>
            <Select
              allowClear={!required}
              disabled={!(taskDocument ?? documentId)}
              loading={tasks.isFetching}
              options={(tasks.data ?? []).map((task) => ({ value: task.id, label: `${task.code} ${task.title}` }))}
              showSearch={{ optionFilterProp: 'label' }}
              optionRender={({ label: text }) => <Typography.Text style={{ whiteSpace: 'normal' }}>{text}</Typography.Text>}
            />
          </Form.Item>
        </>
      );
  }
}
