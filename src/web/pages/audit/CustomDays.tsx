import { DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateFormat, dayOf, isoDateOf } from '../../format/dates.ts';
import type { Days } from './date-presets.ts';

/** A hand-picked range of days, dd/mm/yyyy (its code loads only when asked for). */
export function CustomDays({ value, onChange }: { value: Days | undefined; onChange: (days: Days | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      aria-label={t('audit.dateRange')}
      placeholder={[t('audit.from'), t('audit.to')]}
      format={dateFormat}
      value={value ? [dayOf(value.from), dayOf(value.to)] : null}
      onChange={(days) => onChange(days?.[0] && days[1] ? { from: isoDateOf(days[0]), to: isoDateOf(days[1]) } : undefined)}
      style={{ flex: '1 1 260px', minWidth: 0 }}
    />
  );
}
