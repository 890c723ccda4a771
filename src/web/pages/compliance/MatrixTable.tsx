import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceMatrix, MatrixCell, MatrixColumn, MatrixUnit } from '../../api/targets.ts';
import { figureText, goalText, type Sort, type SortKey, statusCounts } from './matrix-view.ts';
import { StatusChip, statusIcon } from './StatusChip.tsx';

export interface MatrixViewProps {
  matrix: ComplianceMatrix;
  rows: ComplianceMatrix['rows'];
  sort: Sort | null;
  onSort: (key: SortKey) => void;
  onOpenUnit: (unit: MatrixUnit) => void;
  onOpenFigure: (unit: MatrixUnit, targetId: string) => void;
  /** On a phone: narrower columns, the figures without their parts (the detail shows them). */
  compact?: boolean;
}

const sameKey = (a: SortKey | undefined, b: SortKey) => a?.by === b.by && (a.by !== 'target' || (b.by === 'target' && a.targetId === b.targetId));

/** The aria-sort of a column header. */
const ariaSort = (sort: Sort | null, key: SortKey) => (sort && sameKey(sort.key, key) ? (sort.descending ? 'descending' : 'ascending') : undefined);

/** A figure's chip, named for screen readers with the unit, the target, the figure and the status. */
export function FigureButton({ unit, column, cell, onOpen, compact }: { unit: MatrixUnit; column: MatrixColumn; cell: MatrixCell | undefined; onOpen: () => void; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = cell ?? { targetId: column.targetId, value: null, numerator: 0, denominator: 0, status: 'none' as const };
  const label = t('compliance.cellLabel', { unit: unit.name, target: column.text, figure: figureText(shown.value, column.measure, i18n.language), status: t(`compliance.status.${shown.status}`) });
  return <StatusChip cell={shown} measure={column.measure} label={label} onOpen={onOpen} showRatio={!compact} />;
}

/**
 * The matrix as a table: the first column (the units) stays while the targets scroll sideways
 * inside the table's own box, so the page itself never scrolls sideways (on a phone too).
 */
export function MatrixTable({ matrix, rows, sort, onSort, onOpenUnit, onOpenFigure, compact }: MatrixViewProps) {
  const { t, i18n } = useTranslation();
  const arrow = (key: SortKey) => (sort && sameKey(sort.key, key) ? sort.descending ? <ArrowDownOutlined aria-hidden /> : <ArrowUpOutlined aria-hidden /> : null);
  const cellOf = (cells: readonly MatrixCell[], targetId: string) => cells.find((cell) => cell.targetId === targetId);
  const nameKey: SortKey = { by: 'name' };
  const behindKey: SortKey = { by: 'behind' };
  /** How far a unit is behind: its red and amber figures, each with its icon and word. */
  const behind = (cells: readonly MatrixCell[]) => {
    const counts = statusCounts(cells);
    return (
      <span className="matrix-behind">
        <span className="status-text-red" title={t('compliance.status.red')}>
          {statusIcon.red} {counts.red}
          <span className="visually-hidden"> {t('compliance.status.red')}</span>
        </span>
        <span className="status-text-amber" title={t('compliance.status.amber')}>
          {statusIcon.amber} {counts.amber}
          <span className="visually-hidden"> {t('compliance.status.amber')}</span>
        </span>
      </span>
    );
  };

  return (
    <div className={compact ? 'matrix-scroll matrix-compact' : 'matrix-scroll'} tabIndex={0} role="region" aria-label={t('compliance.caption', { unit: matrix.unit.name, period: matrix.periodLabel })}>
      <table className="matrix-table">
        <caption className="visually-hidden">{t('compliance.caption', { unit: matrix.unit.name, period: matrix.periodLabel })}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-unit" aria-sort={ariaSort(sort, nameKey)}>
              <button type="button" className="matrix-sort" onClick={() => onSort(nameKey)} aria-label={t('compliance.sortBy', { column: t('compliance.unit') })}>
                <span>
                  {t('compliance.unit')} {arrow(nameKey)}
                </span>
              </button>
            </th>
            {matrix.columns.map((column) => {
              const key: SortKey = { by: 'target', targetId: column.targetId };
              return (
                <th key={column.targetId} scope="col" aria-sort={ariaSort(sort, key)}>
                  <button type="button" className="matrix-sort" onClick={() => onSort(key)} title={column.text} aria-label={t('compliance.sortBy', { column: column.text })}>
                    <span className="matrix-target-text">{column.text}</span>
                    <span className="matrix-goal">
                      {t('compliance.goal', { goal: goalText(column.comparator, column.value, column.measure, i18n.language) })} {arrow(key)}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" aria-sort={ariaSort(sort, behindKey)}>
              <button type="button" className="matrix-sort" onClick={() => onSort(behindKey)} aria-label={t('compliance.sortBy', { column: t('compliance.behind') })}>
                <span>
                  {t('compliance.behind')} {arrow(behindKey)}
                </span>
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="matrix-total">
            <th scope="row" className="matrix-unit">
              {t('compliance.total', { unit: matrix.unit.name })}
            </th>
            {matrix.columns.map((column) => (
              <td key={column.targetId}>
                <FigureButton unit={matrix.unit} column={column} cell={cellOf(matrix.total, column.targetId)} onOpen={() => onOpenFigure(matrix.unit, column.targetId)} compact={compact} />
              </td>
            ))}
            <td>{behind(matrix.total)}</td>
          </tr>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <th scope="row" className="matrix-unit" style={{ fontWeight: 400 }}>
                <Button type="link" onClick={() => onOpenUnit(row.unit)} aria-label={t('compliance.openUnit', { unit: row.unit.name })} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}>
                  {row.unit.name}
                </Button>
              </th>
              {matrix.columns.map((column) => (
                <td key={column.targetId}>
                  <FigureButton unit={row.unit} column={column} cell={cellOf(row.cells, column.targetId)} onOpen={() => onOpenFigure(row.unit, column.targetId)} compact={compact} />
                </td>
              ))}
              <td>{behind(row.cells)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
