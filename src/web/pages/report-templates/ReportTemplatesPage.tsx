import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.ts';
import { type TemplateSummary, useCreateOpinionSummary, useReportTemplates } from '../../api/report-templates.ts';
import { mayAt, unitChain } from '../../app/permissions.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type BuilderTarget, TemplateBuilder } from './TemplateBuilder.tsx';
import { TemplateList } from './TemplateList.tsx';
import './report-templates.css';

/** "Mẫu báo cáo": the templates applying to the working unit; the builder makes new ones and new versions. */
export function ReportTemplatesPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const { unitId, unit, may } = useCurrentUnit();
  const me = useMe();
  const templates = useReportTemplates(unitId);
  const opinion = useCreateOpinionSummary();
  const [target, setTarget] = useState<BuilderTarget | null>(null);
  const canDefine = may('report.template');

  // A template is edited where it was defined: the owner is the unit or one of its ancestors.
  const onEdit = (template: TemplateSummary) => {
    if (!unit || !me.data) return null;
    const chain = unitChain(unit);
    const ownerChain = chain.slice(0, chain.indexOf(template.unitId) + 1);
    return ownerChain.length > 0 && mayAt(me.data.grants, ownerChain, 'report.template') ? () => setTarget({ mode: 'edit', id: template.id }) : null;
  };

  const createOpinion = async () => {
    if (!unitId) return;
    await opinion.mutateAsync(unitId);
    message.success(t('reportTemplates.opinionCreated'));
  };

  return (
    <>
      <PageHeader
        title={t('reportTemplates.title')}
        subtitle={unit ? t('reportTemplates.subtitle', { unit: unit.name }) : undefined}
        extra={
          canDefine && unitId ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'new', unitId })}>
                {t('reportTemplates.create')}
              </Button>
              <Button icon={<FileAddOutlined />} loading={opinion.isPending} onClick={() => void createOpinion().catch(() => undefined)}>
                {t('reportTemplates.createOpinion')}
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        <ErrorAlert error={templates.error ?? opinion.error} />
        <TemplateList templates={templates.data ?? []} loading={templates.isPending} unitId={unitId ?? ''} onEdit={onEdit} />
      </Card>
      <TemplateBuilder target={target} onClose={() => setTarget(null)} />
    </>
  );
}
