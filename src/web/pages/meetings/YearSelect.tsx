import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInAppZone } from '../../format/dates.ts';

export const thisYear = () => Number(todayInAppZone().slice(0, 4));

/** The year a page shows: from 2021 (the first guidance in the demo) to next year. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const years = Array.from({ length: thisYear() + 2 - 2021 }, (_, index) => thisYear() + 1 - index);
  return <Select aria-label={t('meetings.year')} value={value} onChange={onChange} options={years.map((year) => ({ value: year, label: t('meetings.yearOption', { year }) }))} style={{ width: 140 }} />;
}

/** The year from the address (?year=), this year by default. */
export function yearFrom(params: URLSearchParams): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2200 ? year : thisYear();
}
