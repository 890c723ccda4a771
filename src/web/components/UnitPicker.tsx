import { Select, Spin, Typography } from 'antd';
import { type CSSProperties, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../domain/unit-kinds.ts';
import type { Unit } from '../api/types.ts';
import { useUnitDetail, useUnitSearch } from '../api/units.ts';
import { unitKindLabel } from '../i18n/labels.ts';
import { useDebouncedValue } from './use-debounced-value.ts';

interface UnitPickerProps {
  id?: string;
  value?: string | null;
  /** Null when cleared; the unit's name comes along for callers that show or keep it. */
  onChange?: (unitId: string | null, unitName: string | null) => void;
  /** Offered first, before anything is typed (e.g. the units of the user's roles). */
  pinned?: readonly { id: string; name: string }[];
  /** Heading of the pinned units (default: the units of the user's roles). */
  pinnedLabel?: string;
  /** Server-side filter on the kind. */
  kind?: UnitKind;
  /** Server-side filter: this unit and the units under it. */
  underId?: string;
  /** Client-side filter on the found units. */
  accept?: (unit: Unit) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface OptionGroup {
  label: string;
  options: Option[];
}

/** Picks a unit by typing part of its name (diacritics optional), searched on the server. */
export function UnitPicker({ id, value, onChange, pinned = [], pinnedLabel, kind, underId, accept, placeholder, allowClear, style, ...rest }: UnitPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(typed.trim());
  const results = useUnitSearch({ search: search || undefined, kind, underId, limit: 50 }, open);
  const selected = useUnitDetail(value);

  const options = useMemo(() => {
    const pinnedIds = new Set(pinned.map((unit) => unit.id));
    const found: Option[] = (results.data ?? [])
      .filter((unit) => !pinnedIds.has(unit.id) && (accept?.(unit) ?? true))
      .map((unit) => ({ value: unit.id, label: unit.name, hint: unitKindLabel(t, unit) }));
    const groups: OptionGroup[] = [];
    if (pinned.length > 0 && !search) groups.push({ label: pinnedLabel ?? t('shell.grantedUnits'), options: pinned.map((unit) => ({ value: unit.id, label: unit.name })) });
    if (found.length > 0) groups.push({ label: pinned.length > 0 && !search ? t('shell.otherUnits') : t('units.searchResults'), options: found });
    const listed = groups.some((group) => group.options.some((option) => option.value === value));
    if (value && selected.data && !listed) groups.unshift({ label: t('shell.currentUnit'), options: [{ value, label: selected.data.name, hint: unitKindLabel(t, selected.data) }] });
    return groups;
  }, [pinned, pinnedLabel, results.data, accept, search, value, selected.data, t]);

  return (
    <Select<string, Option | OptionGroup>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(unitId, option) => onChange?.(unitId ?? null, option && 'value' in option ? option.label : null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={setOpen}
      placeholder={placeholder ?? t('shell.searchUnit')}
      allowClear={allowClear}
      loading={results.isFetching}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('units.noResults')}
      optionRender={({ data }) => (
        <div style={{ whiteSpace: 'normal', lineHeight: 1.3 }}>
          <div>{data.label}</div>
          {'hint' in data && data.hint ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {data.hint}
            </Typography.Text>
          ) : null}
        </div>
      )}
      style={{ width: '100%', ...style }}
    />
  );
}
