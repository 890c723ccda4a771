import { Card, Collapse, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutboxItem, useOutbox } from '../../api/reminders.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime } from '../../format/dates.ts';
import { Pager } from '../../components/Pager.tsx';

const pageSize = 50;
const statusColors: Record<OutboxItem['status'], string> = { queued: 'gold', sent: 'green', failed: 'red' };

/** "Hộp thư đi": the e-mails the platform wrote, newest first; each opens to its text. */
export function OutboxPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [page, setPage] = useState(0);
  const outbox = useOutbox({ limit: pageSize, offset: page * pageSize });
  const items = outbox.data?.items ?? [];
  const status = (item: OutboxItem) => (
    <Tag color={statusColors[item.status]} style={{ marginInlineEnd: 0 }}>
      {t(`reminders.outbox.statuses.${item.status}`)}
    </Tag>
  );

  return (
    <>
      <PageHeader title={t('reminders.outbox.title')} subtitle={t('reminders.outbox.subtitle')} />
      <Card>
        <ErrorAlert error={outbox.error} />
        {isPhone ? (
          outbox.isPending ? (
            <Spin />
          ) : (
            <Collapse
              items={items.map((item) => ({
                key: item.id,
                label: (
                  <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <Typography.Text strong>{item.subject}</Typography.Text>
                    <div>{item.toAddress}</div>
                    <Flex gap={8} align="center" wrap>
                      {status(item)}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(item.createdAt)}
                      </Typography.Text>
                    </Flex>
                  </div>
                ),
                children: <MailText item={item} />,
              }))}
            />
          )
        ) : (
          <DataTable<OutboxItem>
            rows={items}
            rowKey={(item) => item.id}
            loading={outbox.isFetching}
            emptyText={t('reminders.outbox.empty')}
            caption={t('reminders.outbox.title')}
            expandedRow={(item) => <MailText item={item} />}
            columns={[
              { key: 'time', title: t('reminders.outbox.time'), width: 160, render: (item) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.createdAt)}</span> },
              { key: 'to', title: t('reminders.outbox.to'), width: 240, render: (item) => item.toAddress },
              { key: 'subject', title: t('reminders.outbox.subject'), render: (item) => item.subject },
              { key: 'status', title: t('reminders.outbox.status'), width: 120, render: status },
            ]}
          />
        )}
        {isPhone && outbox.isSuccess && items.length === 0 ? <Typography.Text type="secondary">{t('reminders.outbox.empty')}</Typography.Text> : null}
        <Pager page={page} hasMore={Boolean(outbox.data?.hasMore)} onChange={setPage} />
      </Card>
    </>
  );
}

/** The message as it is (or would be) sent, and how its delivery went. */
function MailText({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const facts = [
    item.sentAt ? t('reminders.outbox.sentAt', { time: formatDateTime(item.sentAt) }) : null,
    item.attempts > 0 ? t('reminders.outbox.attempts', { count: item.attempts }) : null,
    item.lastError ? t('reminders.outbox.lastError', { error: item.lastError }) : null,
  ].filter(Boolean);
  return (
    <div>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}>{item.body}</pre>
      {facts.length > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
          {facts.join(' · ')}
        </Typography.Text>
      ) : null}
    </div>
  );
}
