import { Form } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';

/** A form field holding a day as "YYYY-MM-DD" while the user types or picks dd/mm/yyyy. */
export function DayField({ name, label, rules }: { name: string | (string | number)[]; label: ReactNode; rules?: Rule[] }) {
  return (
    <Form.Item name={name} label={label} rules={rules} getValueProps={(value: string | undefined) => ({ value: dayOf(value) })} normalize={(day: Dayjs | null) => (day ? isoDateOf(day) : undefined)}>
      <DateField />
    </Form.Item>
  );
}
