import { Form } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';

/** A form field holding a day as "YYYY-MM-DD" while the user types or picks dd/mm/yyyy; `min` ("YYYY-MM-DD") greys out earlier days. */
export function DayField({ name, label, rules, min }: { name: string | (string | number)[]; label: ReactNode; rules?: Rule[]; min?: string }) {
  return (
    <Form.Item name={name} label={label} rules={rules} getValueProps={(value: string | undefined) => ({ value: dayOf(value) })} normalize={(day: Dayjs | null) => (day ? isoDateOf(day) : undefined)}>
      <DateField minDate={min ? (dayOf(min) ?? undefined) : undefined} />
    </Form.Item>
  );
}
