import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../api/people.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';

interface PersonSelectProps {
  id?: string;
  unitId: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Names already known for the chosen ids (the list shows only the current search). */
  known?: readonly { id: string; fullName: string }[];
}

/** A member (or several) of the unit, found by typing part of the name; used inside Form.Item. */
export function PersonSelect({ id, unitId, value, onChange, multiple, known = [] }: PersonSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search);
  const people = usePeople({ unitId, search: term || undefined, limit: 50, offset: 0 });
  const options = new Map(known.map((person) => [person.id, person.fullName]));
  for (const person of people.data?.items ?? []) options.set(person.id, person.fullName);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={people.isFetching}
      placeholder={t('meetings.form.personPlaceholder')}
      notFoundContent={people.isFetching ? t('common.loading') : t('common.empty')}
      options={[...options].map(([value, label]) => ({ value, label }))}
      style={{ width: '100%' }}
    />
  );
}
