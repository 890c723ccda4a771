import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../api/types.ts';
import { columnTitle } from './template.ts';

/** Rows of an import file as read, each with its errors (field and message); rows with errors stand out. */
export function ImportRowsTable({ rows, columns }: { rows: ImportRow[]; columns: string[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportRow>
      rowKey="line"
      size="small"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(row) => (row.errors.length > 0 ? 'import-row-error' : '')}
      columns={[
        { key: 'line', title: t('import.line'), dataIndex: 'line', width: 70, fixed: 'left' },
        {
          key: 'errors',
          title: t('import.errors'),
          width: 320,
          render: (_, row) =>
            row.errors.length === 0 ? (
              <Typography.Text type="success">{t('import.rowOk')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {row.errors.map((error, index) => (
                  <li key={index}>
                    <Typography.Text type="danger">
                      {error.field ? <strong>{columnTitle(error.field)}: </strong> : null}
                      {error.message}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            ),
        },
        ...columns.map((column) => ({ key: `value-${column}`, title: column, render: (_: unknown, row: ImportRow) => row.values[column] ?? '' })),
      ]}
    />
  );
}
