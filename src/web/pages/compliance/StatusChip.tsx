import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellStatus, MatrixCell, Measure } from '../../api/targets.ts';
import { figureText, ratioText } from './matrix-view.ts';

/** Each status has its own shape as well as its colour: the matrix reads without colour too. */
export const statusIcon: Record<CellStatus, ReactNode> = {
  green: <CheckCircleFilled aria-hidden />,
  amber: <ExclamationCircleFilled aria-hidden />,
  red: <CloseCircleFilled aria-hidden />,
  none: <MinusCircleOutlined aria-hidden />,
};

/** A figure with its status: colour, icon, the value and "4/5"; a button that opens what is behind it. */
export function StatusChip({ cell, measure, label, onOpen, showRatio = true }: { cell: Pick<MatrixCell, 'status' | 'value' | 'numerator' | 'denominator'>; measure: Measure; label?: string; onOpen?: () => void; showRatio?: boolean }) {
  const { t, i18n } = useTranslation();
  const ratio = showRatio ? ratioText(cell) : '';
  const content = (
    <>
      {statusIcon[cell.status]}
      <span>{figureText(cell.value, measure, i18n.language)}</span>
      {ratio ? <span className="status-ratio">({ratio})</span> : null}
    </>
  );
  if (!onOpen) {
    return (
      <span className={`status-chip status-${cell.status}`} style={{ cursor: 'default' }} title={t(`compliance.status.${cell.status}`)}>
        {content}
        <span className="visually-hidden">{t(`compliance.status.${cell.status}`)}</span>
      </span>
    );
  }
  return (
    <button type="button" className={`status-chip status-${cell.status}`} aria-label={label} title={t(`compliance.status.${cell.status}`)} onClick={onOpen}>
      {content}
    </button>
  );
}

/** The legend: what each colour and icon means. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <div className="matrix-legend" role="group" aria-label={t('compliance.detail.status')}>
      {(['green', 'amber', 'red', 'none'] as const).map((status) => (
        <span key={status}>
          <span className={`status-chip status-${status}`} style={{ minWidth: 0, minHeight: 0, padding: '0 6px', cursor: 'default' }}>
            {statusIcon[status]}
          </span>
          {t(`compliance.status.${status}`)}
        </span>
      ))}
    </div>
  );
}
