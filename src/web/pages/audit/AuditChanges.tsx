import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { auditFields, auditValue } from './audit-format.ts';
import { useAuditLabels } from './use-audit-labels.ts';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** What an entry recorded: each field with its value before and after, side by side. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const rows: ChangeRow[] = auditFields(entry).map((field) => ({ field, before: entry.before?.[field], after: entry.after?.[field] }));
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const cell = (field: string, value: unknown) => <span style={{ wordBreak: 'break-word' }}>{labels.value(auditValue(field, value))}</span>;
  return (
    <Table<ChangeRow>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      tableLayout="fixed"
      columns={[
        { key: 'field', title: t('audit.field'), render: (_, row) => labels.label('fields', row.field) },
        ...(entry.before ? [{ key: 'before', title: t('audit.before'), render: (_: unknown, row: ChangeRow) => cell(row.field, row.before) }] : []),
        ...(entry.after ? [{ key: 'after', title: t('audit.after'), render: (_: unknown, row: ChangeRow) => cell(row.field, row.after) }] : []),
      ]}
    />
  );
}
