import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportState } from '../../../domain/reports/workflow.ts';
import type { ExpectedStatus } from '../../api/reports.ts';
import { stateTones, statusTones } from './report-form.ts';

/** Where a report stands in its workflow ("Đang soạn", "Đã duyệt" …); "Chưa bắt đầu" when nothing was started. */
export function ReportStateTag({ state }: { state: ReportState | null }) {
  const { t } = useTranslation();
  return <Tag color={state ? stateTones[state] : 'default'}>{state ? t(`reports.state.${state}`) : t('reports.notStarted')}</Tag>;
}

/** Whether a report came in on time, late, is overdue or not yet due. */
export function ReportStatusTag({ status }: { status: ExpectedStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusTones[status]}>{t(`reports.status.${status}`)}</Tag>;
}

/** Both tags, side by side. */
export function ReportTags({ state, status }: { state: ReportState | null; status: ExpectedStatus }) {
  return (
    <span className="report-tags">
      <ReportStateTag state={state} />
      <ReportStatusTag status={status} />
    </span>
  );
}
