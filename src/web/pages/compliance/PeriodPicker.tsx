import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod, parsePeriod, type PeriodKind } from '../../../domain/periods.ts';
import { YearSelect } from '../meetings/YearSelect.tsx';
import { periodsOfYear, periodText } from '../tasks/period-text.ts';

const kindsShown: PeriodKind[] = ['quarter', 'half', 'year', 'month'];

/** The year, then one of its periods: quarters first (the usual choice), halves, the whole year, months. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const current = parsePeriod(value)!;
  const periods = [...periodsOfYear(current.year), String(current.year)];
  const options = kindsShown.map((kind) => ({
    label: t(`compliance.periodKinds.${kind}`),
    options: periods.filter((period) => parsePeriod(period)?.kind === kind).map((period) => ({ value: period, label: periodText(t, period) })),
  }));
  // A new year keeps the kind and place of the period (Quý III/2025 → Quý III/2026).
  const changeYear = (year: number) => onChange(formatPeriod({ ...current, year }));
  return (
    <>
      <YearSelect value={current.year} onChange={changeYear} />
      <Select aria-label={t('compliance.period')} value={value} onChange={onChange} options={options} style={{ width: 200 }} />
    </>
  );
}
