import { useTranslation } from 'react-i18next';
import type { CellStatus, Comparator, Measure, TrendPoint } from '../../api/targets.ts';
import { periodText } from '../tasks/period-text.ts';
import { figureText, goalText } from './matrix-view.ts';

const barColour: Record<CellStatus, string> = { green: '#52c41a', amber: '#faad14', red: '#f5222d', none: '#d9d9d9' };

interface TrendChartProps {
  points: readonly TrendPoint[];
  measure: Measure;
  comparator: Comparator;
  goal: number;
  title: string;
}

/**
 * A target's figure over the periods as bars with the goal as a dashed line: a small SVG (no
 * chart library for one picture). The figures are written on the bars and listed in a hidden
 * table for screen readers.
 */
export function TrendChart({ points, measure, comparator, goal, title }: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const width = 360;
  const height = 200;
  const top = 20;
  const bottom = 36;
  const left = 8;
  const plotHeight = height - top - bottom;
  const highest = Math.max(goal, ...points.map((point) => point.value ?? 0), measure === 'percent' ? 100 : 1);
  const slot = (width - left * 2) / Math.max(points.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  const y = (value: number) => top + plotHeight - (value / highest) * plotHeight;
  const shortLabel = (point: TrendPoint) => periodText(t, point.period).replace(/\/(\d{4})$/, (_, year: string) => `/${year.slice(2)}`);

  return (
    <figure style={{ margin: 0 }}>
      <svg className="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        <line x1={left} x2={width - left} y1={top + plotHeight} y2={top + plotHeight} stroke="#bfbfbf" />
        {points.map((point, index) => {
          const centre = left + slot * index + slot / 2;
          const value = point.value ?? 0;
          const barTop = y(value);
          return (
            <g key={point.period}>
              {point.value === null ? null : <rect x={centre - barWidth / 2} y={barTop} width={barWidth} height={top + plotHeight - barTop} fill={barColour[point.status]} rx={3} />}
              <text x={centre} y={point.value === null ? top + plotHeight - 4 : barTop - 4} textAnchor="middle" fontSize={11} fill="#262626">
                {figureText(point.value, measure, i18n.language)}
              </text>
              <text x={centre} y={height - bottom + 16} textAnchor="middle" fontSize={10} fill="#595959">
                {shortLabel(point)}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={width - left} y1={y(goal)} y2={y(goal)} stroke="#b3261e" strokeDasharray="5 4" />
        <text x={width - left} y={Math.max(y(goal) - 4, 10)} textAnchor="end" fontSize={10} fill="#b3261e">
          {goalText(comparator, goal, measure, i18n.language)}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{periodText(t, point.period)}</th>
              <td>{figureText(point.value, measure, i18n.language)}</td>
              <td>{t(`compliance.status.${point.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
