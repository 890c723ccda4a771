import { Button, Card, Collapse, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditLog } from '../../api/audit.ts';
import type { AuditEntry, AuditFilter } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { dayRangeInAppZone, formatDateTime, todayInAppZone } from '../../format/dates.ts';
import { auditSubject } from './audit-format.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { presetDays } from './date-presets.ts';
import { type AuditFilterValues, AuditFilters } from './AuditFilters.tsx';
import { useAuditLabels } from './use-audit-labels.ts';

/** The API's filter: a period becomes the instants bounding its days in Vietnam's time. */
function apiFilter({ period, days, ...rest }: AuditFilterValues): AuditFilter {
  const chosen = period === 'custom' ? days : period ? presetDays(period, todayInAppZone()) : undefined;
  return chosen ? { ...rest, ...dayRangeInAppZone(chosen.from, chosen.to) } : rest;
}

/** "Nhật ký thao tác": who changed what and when, newest first, with before/after values. */
export function AuditPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const labels = useAuditLabels();
  const [filter, setFilter] = useState<AuditFilterValues>({});
  const log = useAuditLog(apiFilter(filter));
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const actor = (entry: AuditEntry) => entry.actor?.name ?? t('audit.system');
  const what = (entry: AuditEntry) => `${labels.label('actions', entry.action)} · ${labels.label('entities', entry.entityType)}`;

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card>
        {isPhone ? (
          <Collapse ghost size="small" items={[{ key: 'filters', label: t('audit.filters'), children: <AuditFilters value={filter} onChange={setFilter} /> }]} style={{ marginBottom: 8 }} />
        ) : (
          <AuditFilters value={filter} onChange={setFilter} />
        )}
        <ErrorAlert error={log.error} />
        {isPhone ? (
          log.isPending ? (
            <Spin />
          ) : (
            <Collapse
              items={entries.map((entry) => ({
                key: entry.id,
                label: (
                  <div>
                    <Typography.Text strong>{what(entry)}</Typography.Text>
                    <div>{auditSubject(entry)}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(entry.occurredAt)} · {actor(entry)}
                    </Typography.Text>
                  </div>
                ),
                children: <AuditChanges entry={entry} />,
              }))}
            />
          )
        ) : (
          <DataTable<AuditEntry>
            rows={entries}
            rowKey={(entry) => entry.id}
            loading={log.isPending}
            caption={t('audit.title')}
            expandedRow={(entry) => <AuditChanges entry={entry} />}
            columns={[
              { key: 'time', title: t('audit.time'), width: 160, render: (entry) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.occurredAt)}</span> },
              { key: 'actor', title: t('audit.actor'), render: (entry) => actor(entry) },
              { key: 'action', title: t('audit.action'), render: (entry) => labels.label('actions', entry.action) },
              { key: 'entity', title: t('audit.entityType'), render: (entry) => labels.label('entities', entry.entityType) },
              { key: 'subject', title: t('audit.entity'), render: (entry) => auditSubject(entry) },
            ]}
          />
        )}
        <Flex justify="center" style={{ marginTop: 16 }}>
          {log.hasNextPage ? (
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          ) : log.isSuccess ? (
            <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
          ) : null}
        </Flex>
      </Card>
    </>
  );
}
