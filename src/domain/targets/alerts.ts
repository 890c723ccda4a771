/**
 * What the pace alert says (issue 7): a target a unit is behind on — will miss at the current
 * pace (red) or is late but can still make it (amber) — told to the unit and to the unit above
 * it, once per target, unit, period and status. Figures only; never a person's name.
 */
import { comparatorSymbols, type Comparator } from './status.ts';

export interface AlertSubject {
  targetText: string;
  unitName: string;
  periodLabel: string;
  status: 'amber' | 'red';
  value: number | null;
  comparator: Comparator;
  target: number;
  percent: boolean;
}

const figure = (value: number | null, percent: boolean) => (value === null ? 'chưa có số liệu' : `${value}${percent ? '%' : ''}`);

export function targetAlertText(subject: AlertSubject, forParent: boolean): { title: string; body: string } {
  const verdict = subject.status === 'red' ? 'không đạt hoặc sẽ không đạt với tiến độ hiện nay' : 'đang chậm, cần đẩy nhanh để đạt';
  const who = forParent ? `Đơn vị trực thuộc ${subject.unitName}` : subject.unitName;
  return {
    title: `${subject.status === 'red' ? 'Không đạt chỉ tiêu' : 'Chậm tiến độ chỉ tiêu'} — ${subject.periodLabel}`.slice(0, 120),
    body: `${who} ${verdict} chỉ tiêu "${subject.targetText}" (${subject.periodLabel}): đạt ${figure(subject.value, subject.percent)}, chỉ tiêu ${comparatorSymbols[subject.comparator]} ${subject.target}${subject.percent ? '%' : ''}.`,
  };
}
