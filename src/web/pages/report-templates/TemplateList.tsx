import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplatePeriodType } from '../../../domain/reports/template.ts';
import { type TemplateSummary, useReportTemplateDetails } from '../../api/report-templates.ts';
import { type DataColumn, DataTable } from '../../components/DataTable.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime } from '../../format/dates.ts';

interface TemplateListProps {
  templates: readonly TemplateSummary[];
  loading: boolean;
  /** The unit being looked at: templates of the units above it are marked as such. */
  unitId: string;
  /** Null when the user may not add a version of this template. */
  onEdit: (template: TemplateSummary) => (() => void) | null;
}

/** The templates applying to the unit: name, period type, the unit that defined it, version; a table, or cards on a phone. */
export function TemplateList({ templates, loading, unitId, onEdit }: TemplateListProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const details = useReportTemplateDetails(templates.map((template) => template.id));
  const periodOf = (template: TemplateSummary) => {
    const periodType = details.get(template.id)?.definition.periodType as TemplatePeriodType | undefined;
    return periodType ? t(`reportTemplates.periodType.${periodType}`) : '…';
  };
  const name = (template: TemplateSummary) => (
    <span>
      <Typography.Text strong>{template.name}</Typography.Text>
      {template.code ? <Typography.Text type="secondary"> ({template.code})</Typography.Text> : null}
      {template.isActive ? null : <Tag style={{ marginInlineStart: 6 }}>{t('reportTemplates.list.inactive')}</Tag>}
    </span>
  );
  const owner = (template: TemplateSummary) => (
    <span>
      {template.unitName}
      {template.unitId !== unitId ? <Tag style={{ marginInlineStart: 6 }}>{t('reportTemplates.list.inherited')}</Tag> : null}
    </span>
  );
  const version = (template: TemplateSummary) => t('reportTemplates.list.versionValue', { version: template.latestVersion });
  const action = (template: TemplateSummary) => {
    const edit = onEdit(template);
    return edit ? <Button size="small" icon={<EditOutlined />} aria-label={t('reportTemplates.list.open', { name: template.name })} onClick={edit} /> : null;
  };

  if (isPhone) {
    if (loading) return <Spin />;
    if (templates.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportTemplates.empty')} />;
    return (
      <Flex vertical gap={8}>
        {templates.map((template) => (
          <Card key={template.id} size="small">
            <Flex justify="space-between" align="start" gap={8}>
              <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {name(template)}
                <div>{owner(template)}</div>
                <Typography.Text type="secondary">
                  {periodOf(template)} · {version(template)}
                </Typography.Text>
              </div>
              {action(template)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: DataColumn<TemplateSummary>[] = [
    { key: 'name', title: t('reportTemplates.list.name'), render: name },
    { key: 'period', title: t('reportTemplates.list.periodType'), render: periodOf, width: 130 },
    { key: 'owner', title: t('reportTemplates.list.owner'), render: owner },
    { key: 'version', title: t('reportTemplates.list.version'), render: version, width: 120 },
    { key: 'created', title: t('reportTemplates.list.createdAt'), render: (template) => formatDateTime(template.createdAt), width: 150 },
    { key: 'actions', title: t('common.actions'), render: action, width: 110 },
  ];
  return <DataTable<TemplateSummary> rows={templates} rowKey={(template) => template.id} columns={columns} loading={loading} emptyText={t('reportTemplates.empty')} caption={t('reportTemplates.title')} />;
}
