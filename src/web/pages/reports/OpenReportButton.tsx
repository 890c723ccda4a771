import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type DueReport, useOpenReport } from '../../api/reports.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';

/** Opens a due report: the first time this creates its draft with the figures the platform knows. */
export function OpenReportButton({ due }: { due: DueReport }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenReport();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const label = due.reportId ? t('reports.due.open') : t('reports.due.start');

  const go = async () => {
    if (due.reportId) {
      navigate(`/reports/${due.reportId}`);
      return;
    }
    try {
      const report = await open.mutateAsync({ templateId: due.templateId, unitId: due.unitId, period: due.period });
      navigate(`/reports/${report.id}`);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Button type={due.reportId ? 'default' : 'primary'} size="small" loading={open.isPending} onClick={() => void go()} aria-label={`${label}: ${due.templateName} — ${due.periodLabel}`}>
      {label}
    </Button>
  );
}
