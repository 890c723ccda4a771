import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { dateFormat } from '../format/dates.ts';

/** A day typed or picked as dd/mm/yyyy; used inside Form.Item (value/onChange injected). Days before `minDate` cannot be picked. */
export function DateField({ id, value, onChange, minDate }: { id?: string; value?: Dayjs | null; onChange?: (day: Dayjs | null) => void; minDate?: Dayjs }) {
  return <DatePicker id={id} value={value} onChange={onChange} minDate={minDate} format={dateFormat} placeholder={dateFormat.toLowerCase()} style={{ width: '100%' }} />;
}
