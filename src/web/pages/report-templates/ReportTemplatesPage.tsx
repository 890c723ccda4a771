import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';

/** "Mẫu báo cáo": the templates applying to the working unit, and the builder. */
export function ReportTemplatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('reportTemplates.title')} />
      <Card />
    </>
  );
}
