import { Badge, Button, Card, Collapse, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { type ProgressStatus, progressStatuses } from '../../../domain/task-status.ts';
import { type AssignmentItem, useAssignments } from '../../api/assignments.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { todayInAppZone } from '../../format/dates.ts';
import { AssignmentList } from './AssignmentList.tsx';
import { groupByPlan } from './group-by-plan.ts';
import { type InboxTab, inboxTabs, isInboxTab, tabCount, tabFilter } from './inbox-tabs.ts';
import { ProgressReportModal } from './ProgressReportModal.tsx';
import { type TaskFilterValues, TaskFilters } from './TaskFilters.tsx';

/** The filters live in the address, so going back from a task returns to the same list. */
function readFilters(params: URLSearchParams): TaskFilterValues & { tab: InboxTab } {
  const tab = params.get('tab');
  const year = Number(params.get('year'));
  const status = params.get('status');
  return {
    tab: isInboxTab(tab) ? tab : 'due_soon',
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    period: params.get('period') ?? undefined,
    status: (progressStatuses as readonly string[]).includes(status ?? '') ? (status as ProgressStatus) : undefined,
    scope: params.get('scope') === 'subtree' ? 'subtree' : 'own',
  };
}

function writeFilters(values: TaskFilterValues & { tab: InboxTab }): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

/** "Nhiệm vụ của đơn vị": the working unit's assignments by due state, acknowledgement or plan. */
export function TasksPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const { tab, ...filters } = readFilters(params);
  const [reporting, setReporting] = useState<AssignmentItem | null>(null);
  const list = useAssignments({ unitId: current.unitId ?? undefined, ...filters, ...tabFilter(tab) }, Boolean(current.unitId));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = list.data?.pages[0]?.counts;
  const update = (next: Partial<TaskFilterValues & { tab: InboxTab }>) => setParams(writeFilters({ tab, ...filters, ...next }), { replace: true });
  const showUnit = filters.scope === 'subtree';
  const tabLabel = (key: InboxTab) => (
    <span>
      {t(`tasks.tabs.${key}`)}{' '}
      {counts ? <Badge count={tabCount(key, counts)} showZero overflowCount={999} color={key === 'overdue' && counts.overdue > 0 ? '#cf1322' : '#8c8c8c'} /> : null}
    </span>
  );
  const filterBar = <TaskFilters value={filters} onChange={update} thisYear={Number(todayInAppZone().slice(0, 4))} canWiden={Boolean(current.unit?.hasChildren)} />;

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        subtitle={current.unit ? t(showUnit ? 'tasks.inSubtree' : 'tasks.inUnit', { unit: current.unit.name }) : undefined}
      />
      <Card>
        {isPhone ? <Collapse ghost size="small" items={[{ key: 'filters', label: t('tasks.filters'), children: filterBar }]} style={{ marginBottom: 4 }} /> : filterBar}
        {isPhone ? (
          // Five tabs do not fit a phone's width: they wrap as large buttons instead of scrolling away.
          <Flex wrap gap={6} role="group" aria-label={t('tasks.title')} style={{ marginBottom: 12 }}>
            {inboxTabs.map((key) => (
              <Button key={key} type={key === tab ? 'primary' : 'default'} aria-pressed={key === tab} onClick={() => update({ tab: key })} style={{ minHeight: 40 }}>
                {tabLabel(key)}
              </Button>
            ))}
          </Flex>
        ) : (
          <Tabs activeKey={tab} onChange={(key) => update({ tab: key as InboxTab })} items={inboxTabs.map((key) => ({ key, label: tabLabel(key) }))} />
        )}
        <ErrorAlert error={list.error} />
        {tab === 'byPlan' ? (
          <Flex vertical gap={24}>
            {groupByPlan(items).map((group) => (
              <section key={group.document.id} aria-label={group.document.numberLine ?? group.document.title}>
                <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 4px' }}>
                  <Link to={`/documents/${group.document.id}/board`}>{group.document.numberLine ?? group.document.title}</Link>
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {group.document.title} · {group.document.issuerName}
                </Typography.Paragraph>
                <AssignmentList items={group.items} loading={false} showUnit={showUnit} showPlan={false} onReport={setReporting} />
              </section>
            ))}
            {items.length === 0 ? <AssignmentList items={[]} loading={list.isPending} showUnit={false} onReport={setReporting} /> : null}
          </Flex>
        ) : (
          <AssignmentList items={items} loading={list.isFetching} showUnit={showUnit} onReport={setReporting} />
        )}
        {list.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
      {reporting ? <ProgressReportModal assignment={reporting} onClose={() => setReporting(null)} /> : null}
    </>
  );
}
