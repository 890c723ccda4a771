import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Empty, Spin } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  width?: number;
}

interface DataTableProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly DataColumn<T>[];
  loading?: boolean;
  emptyText?: string;
  /** Rows that open to show more below them (e.g. an audit entry's values). */
  expandedRow?: (row: T) => ReactNode;
  size?: 'small' | 'middle';
  caption?: string;
}

/**
 * A plain, accessible HTML table for lists the server pages itself: far lighter than
 * antd's Table (no sorting, filtering or virtual scrolling, which these lists do not need).
 */
export function DataTable<T>({ rows, rowKey, columns, loading, emptyText, expandedRow, size = 'middle', caption }: DataTableProps<T>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => setOpen((current) => new Set(current.has(key) ? [...current].filter((k) => k !== key) : [...current, key]));
  const span = columns.length + (expandedRow ? 1 : 0);

  return (
    <div className={`data-table data-table-${size}`}>
      <table>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {expandedRow ? <th scope="col" style={{ width: 48 }} aria-label={t('common.details')} /> : null}
            {columns.map((column) => (
              <th key={column.key} scope="col" style={column.width ? { width: column.width } : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const isOpen = open.has(key);
            return (
              <Fragment key={key}>
                <tr>
                  {expandedRow ? (
                    <td>
                      <Button
                        type="text"
                        size="small"
                        icon={isOpen ? <DownOutlined /> : <RightOutlined />}
                        aria-expanded={isOpen}
                        aria-label={isOpen ? t('common.collapseRow') : t('common.expandRow')}
                        onClick={() => toggle(key)}
                      />
                    </td>
                  ) : null}
                  {columns.map((column) => (
                    <td key={column.key}>{column.render(row)}</td>
                  ))}
                </tr>
                {expandedRow && isOpen ? (
                  <tr className="data-table-expanded">
                    <td colSpan={span}>{expandedRow(row)}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={span}>{loading ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('common.empty')} />}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {loading && rows.length > 0 ? <Spin className="data-table-loading" /> : null}
    </div>
  );
}
