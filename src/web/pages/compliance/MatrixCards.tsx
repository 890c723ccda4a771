import { Button, Card, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, MatrixRow, MatrixUnit } from '../../api/targets.ts';
import { goalText, type SortKey } from './matrix-view.ts';
import { FigureButton, type MatrixViewProps } from './MatrixTable.tsx';

const keyText = (key: SortKey) => (key.by === 'target' ? `target:${key.targetId}` : key.by);
const keyOf = (text: string): SortKey => (text.startsWith('target:') ? { by: 'target', targetId: text.slice(7) } : text === 'behind' ? { by: 'behind' } : { by: 'name' });

/** On a phone: one card per unit, each target on its own line with its figure. */
export function MatrixCards({ matrix, rows, sort, onSort, onOpenUnit, onOpenFigure }: MatrixViewProps) {
  const { t, i18n } = useTranslation();
  const card = (unit: MatrixUnit, cells: readonly MatrixCell[], title: ReactNode, key: string) => (
    <Card key={key} size="small" title={title}>
      {matrix.columns.map((column) => (
        <div key={column.targetId} className="matrix-card-line">
          <div className="matrix-card-target">
            {column.text}
            <div className="matrix-goal">{t('compliance.goal', { goal: goalText(column.comparator, column.value, column.measure, i18n.language) })}</div>
          </div>
          <FigureButton unit={unit} column={column} cell={cells.find((cell) => cell.targetId === column.targetId)} onOpen={() => onOpenFigure(unit, column.targetId)} />
        </div>
      ))}
    </Card>
  );
  const sortOptions = [
    { value: 'name', label: t('compliance.unit') },
    { value: 'behind', label: t('compliance.behind') },
    ...matrix.columns.map((column) => ({ value: `target:${column.targetId}`, label: column.text })),
  ];

  return (
    <div className="matrix-card-list">
      <Select
        aria-label={t('compliance.sortBy', { column: '' }).trim()}
        placeholder={t('compliance.sortBy', { column: '' }).trim()}
        value={sort ? keyText(sort.key) : undefined}
        onChange={(value: string) => onSort(keyOf(value))}
        options={sortOptions}
        allowClear
        onClear={() => onSort({ by: 'name' })}
        style={{ width: '100%' }}
      />
      {card(matrix.unit, matrix.total, <span>{t('compliance.total', { unit: matrix.unit.name })}</span>, 'total')}
      {rows.map((row: MatrixRow) =>
        card(
          row.unit,
          row.cells,
          <Button type="link" className="card-title-button" onClick={() => onOpenUnit(row.unit)} aria-label={t('compliance.openUnit', { unit: row.unit.name })} style={{ whiteSpace: 'normal', height: 'auto' }}>
            {row.unit.name}
          </Button>,
          row.unit.id,
        ),
      )}
    </div>
  );
}
