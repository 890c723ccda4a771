import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { dateFormat } from '../format/dates.ts';

/** A day typed or picked as dd/mm/yyyy; used inside Form.Item (value/onChange injected). */
export function DateField({ id, value, onChange }: { id?: string; value?: Dayjs | null; onChange?: (day: Dayjs | null) => void }) {
  return <DatePicker id={id} value={value} onChange={onChange} format={dateFormat} placeholder={dateFormat.toLowerCase()} style={{ width: '100%' }} />;
}
