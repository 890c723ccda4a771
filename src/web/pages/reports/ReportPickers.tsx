import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledPeriod } from '../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { useReportTemplate, useReportTemplates } from '../../api/report-templates.ts';
import { formatDate } from '../../format/dates.ts';
import { templateOf } from './report-form.ts';
import { periodsOfYears } from './report-periods.ts';

/** The templates that apply to a unit (its own and its ancestors'). */
export function TemplateSelect({ unitId, value, onChange, allowClear }: { unitId: string | null; value: string | undefined; onChange: (id: string | undefined) => void; allowClear?: boolean }) {
  const { t } = useTranslation();
  const templates = useReportTemplates(unitId);
  return (
    <Select
      aria-label={t('reports.fields.template')}
      placeholder={t('reports.pickTemplate')}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      loading={templates.isPending}
      options={(templates.data ?? []).map((template) => ({ value: template.id, label: template.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 220, maxWidth: '100%' }}
    />
  );
}

/** The schedule of a template over some years: its periods with labels and deadlines. */
export function useTemplateSchedule(templateId: string | undefined, years: readonly number[]): { definition: ReportTemplate | undefined; periods: ScheduledPeriod[] } {
  const template = useReportTemplate(templateId ?? null);
  const definition = template.data ? templateOf(template.data.definition) : undefined;
  const key = years.join(',');
  const periods = useMemo(() => (definition ? periodsOfYears(definition, key.split(',').map(Number)) : []), [definition, key]);
  return { definition, periods };
}

/** One period of a template's schedule, with its deadline beside the label. */
export function PeriodSelect({ periods, value, onChange, label, allowClear }: { periods: readonly ScheduledPeriod[]; value: string | undefined; onChange: (period: string | undefined) => void; label?: string; allowClear?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={label ?? t('reports.fields.period')}
      placeholder={label ?? t('reports.fields.period')}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      disabled={periods.length === 0}
      options={periods.map((period) => ({ value: period.period, label: period.label, title: t('reports.deadlineOn', { date: formatDate(period.deadline) }) }))}
      style={{ minWidth: 160 }}
    />
  );
}
