import { Form, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { isEditable } from '../../../domain/reports/workflow.ts';
import { type ReportDetail, useReport } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorPlaces, errorsNotEdited, formFromValues, templateOf } from './report-form.ts';
import { ReportActions } from './ReportActions.tsx';
import { ReportErrorList } from './ReportErrorList.tsx';
import { ReportFields } from './ReportFields.tsx';
import { ReportFiles } from './ReportFiles.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ReportHistory } from './ReportHistory.tsx';
import './reports.css';

/** One unit's report for one period: filled, sent, returned, approved or reopened here. */
export function ReportFormPage() {
  const { id } = useParams<{ id: string }>();
  const report = useReport(id);
  // Problems are shown once the person has saved or tried to send, not on a fresh draft.
  const [checked, setChecked] = useState(false);

  if (!report.data) return report.isPending ? <Spin className="page-spinner" /> : <ErrorAlert error={report.error} />;
  // A decision (sent, returned, approved, reopened) starts the form again from what is stored; a save
  // or an attached file does not, so nothing typed meanwhile is lost.
  return <ReportEditor key={`${report.data.id}:${report.data.state}`} report={report.data} checked={checked} onChecked={() => setChecked(true)} />;
}

function ReportEditor({ report, checked, onChecked }: { report: ReportDetail; checked: boolean; onChecked: () => void }) {
  const [form] = Form.useForm();
  const template = useMemo(() => templateOf(report.definition), [report.definition]);
  const initialValues = useMemo(() => formFromValues(template, report.values), [template, report.values]);
  const editable = isEditable(report.state) && report.actions.includes('save_draft');
  const showErrors = checked && editable;
  // Fields changed since the last save no longer show its problems; the next save checks them again.
  const [edited, setEdited] = useState<{ at: string; keys: ReadonlySet<string> }>({ at: report.updatedAt, keys: new Set() });
  const editedKeys = edited.at === report.updatedAt ? edited.keys : new Set<string>();
  const errors = useMemo(() => errorsNotEdited(report.errors, editedKeys), [report.errors, editedKeys]);
  const places = useMemo(() => (showErrors ? errorPlaces(errors) : null), [showErrors, errors]);
  const onValuesChange = (changed: Record<string, unknown>) => setEdited({ at: report.updatedAt, keys: new Set([...editedKeys, ...Object.keys(changed)]) });

  return (
    <div className="report-page">
      <PageHeader title={report.templateName} subtitle={`${report.unitName} · ${report.periodLabel}`} />
      <ReportHeader report={report} />
      {showErrors ? <ReportErrorList errors={errors} /> : null}
      <Form form={form} name="report" layout="vertical" className={editable ? 'report-form' : 'report-form report-form-readonly'} initialValues={initialValues} disabled={!editable} onValuesChange={onValuesChange}>
        <ReportFields template={template} prefilled={report.prefilled} errors={places} readOnly={!editable} />
      </Form>
      <ReportFiles report={report} editable={editable} />
      <ReportHistory history={report.history} />
      <ReportActions report={report} template={template} form={form} onChecked={onChecked} />
    </div>
  );
}
