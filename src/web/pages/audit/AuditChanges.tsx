import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { type DataColumn, DataTable } from '../../components/DataTable.tsx';
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
  const columns: DataColumn<ChangeRow>[] = [{ key: 'field', title: t('audit.field'), width: 200, render: (row) => labels.label('fields', row.field) }];
  if (entry.before) columns.push({ key: 'before', title: t('audit.before'), render: (row) => labels.value(auditValue(row.field, row.before)) });
  if (entry.after) columns.push({ key: 'after', title: t('audit.after'), render: (row) => labels.value(auditValue(row.field, row.after)) });
  return <DataTable<ChangeRow> size="small" rows={rows} rowKey={(row) => row.field} columns={columns} />;
}
