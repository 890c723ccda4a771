import { DeleteOutlined, EditOutlined, FileSearchOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type MetricInfo, type Target, useDeleteTarget, useMetrics, useTargets } from '../../api/targets.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { goalText } from '../compliance/matrix-view.ts';
import { thisYear, YearSelect, yearFrom } from '../meetings/YearSelect.tsx';
import { AdoptTargetsModal } from './AdoptTargetsModal.tsx';
import { TargetFormModal } from './TargetFormModal.tsx';

/**
 * "Chỉ tiêu": the targets of the working unit for a year (its own, which it may change, and those
 * of the units above that apply to it), defined by hand or taken from a plan's targets.
 */
export function TargetsPage() {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const targets = useTargets(current.unitId, year);
  const metrics = useMetrics();
  const remove = useDeleteTarget();
  const confirmed = useConfirmedAction();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [adopting, setAdopting] = useState(false);
  const mayDefine = current.may('target.manage');
  const metricOf = (key: string): MetricInfo | undefined => metrics.data?.find((metric) => metric.key === key);
  const metricName = (key: string) => {
    const metric = metricOf(key);
    return metric ? (i18n.language === 'en' ? metric.labelEn : metric.label) : key;
  };
  const own = (target: Target) => target.unitId === current.unitId;

  const deleteTarget = (target: Target) =>
    confirmed({ title: t('targets.deleteOne', { text: target.text }), content: t('targets.deleteConfirm'), okText: t('targets.delete'), danger: true, action: () => remove.mutateAsync(target.id), success: t('targets.deleted') });

  const goal = (target: Target) => `${goalText(target.comparator, target.value, metricOf(target.metricKey)?.measure ?? 'count', i18n.language)} · ${t(`targets.periodType.${target.periodType}`)}`;
  const source = (target: Target) => (
    <Space size={4} wrap>
      {own(target) ? null : <Tag>{t('targets.inherited', { unit: target.unitName })}</Tag>}
      <Typography.Text type="secondary">{target.documentTitle ?? t('targets.standalone')}</Typography.Text>
    </Space>
  );
  const actions = (target: Target) =>
    mayDefine && own(target) ? (
      <Space size={4}>
        <Button size="small" icon={<EditOutlined />} aria-label={t('targets.editOne', { text: target.text })} onClick={() => setEditing(target)} />
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('targets.deleteOne', { text: target.text })} onClick={() => deleteTarget(target)} />
      </Space>
    ) : null;
  const list = targets.data ?? [];

  return (
    <>
      <PageHeader
        title={t('targets.title')}
        subtitle={current.unit ? t('targets.subtitle', { unit: current.unit.name, year }) : undefined}
        extra={
          <>
            <YearSelect value={year} onChange={(next) => setParams(next === thisYear() ? {} : { year: String(next) }, { replace: true })} />
            {mayDefine ? (
              <>
                <Button icon={<FileSearchOutlined />} onClick={() => setAdopting(true)}>
                  {t('targets.adopt.button')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={!metrics.data}>
                  {t('targets.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <ErrorAlert error={targets.error ?? metrics.error} />
      {isPhone ? (
        targets.isPending && current.unitId ? (
          <Spin />
        ) : list.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.empty', { year })} />
        ) : (
          <Flex vertical gap={10}>
            {list.map((target) => (
              <Card key={target.id} size="small" title={<span style={{ whiteSpace: 'normal' }}>{target.text}</span>} extra={actions(target)}>
                <div>
                  {t('targets.fields.metric')}: {metricName(target.metricKey)}
                </div>
                <div>
                  {t(`targets.subject.${target.subjectKind}`)} · {goal(target)}
                </div>
                {source(target)}
              </Card>
            ))}
          </Flex>
        )
      ) : (
        <DataTable
          rows={list}
          rowKey={(target) => target.id}
          loading={targets.isFetching}
          emptyText={t('targets.empty', { year })}
          caption={t('targets.title')}
          columns={[
            { key: 'text', title: t('targets.fields.text'), render: (target) => <span style={{ fontWeight: 500 }}>{target.text}</span> },
            { key: 'subject', title: t('targets.fields.subjectKind'), width: 150, render: (target) => t(`targets.subject.${target.subjectKind}`) },
            { key: 'metric', title: t('targets.fields.metric'), width: 220, render: (target) => metricName(target.metricKey) },
            { key: 'goal', title: t('targets.fields.goal'), width: 130, render: goal },
            { key: 'source', title: t('targets.fields.source'), width: 220, render: source },
            ...(mayDefine ? [{ key: 'actions', title: t('common.actions'), width: 100, render: actions }] : []),
          ]}
        />
      )}
      {editing && current.unitId && metrics.data ? (
        <TargetFormModal unitId={current.unitId} year={year} target={editing === 'new' ? null : editing} metrics={metrics.data} onClose={() => setEditing(null)} />
      ) : null}
      {adopting ? <AdoptTargetsModal onClose={() => setAdopting(false)} /> : null}
    </>
  );
}
