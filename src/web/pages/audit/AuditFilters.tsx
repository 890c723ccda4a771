import { Button, DatePicker, Flex, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../api/accounts.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { dateFormat } from '../../format/dates.ts';
import { vi } from '../../i18n/vi.ts';
import { useAuditLabels } from './use-audit-labels.ts';

export interface AuditFilterValues {
  unitId?: string;
  entityType?: string;
  action?: string;
  actorId?: string;
  days?: [Dayjs, Dayjs];
}

const entityTypes = Object.keys(vi.audit.entities);
const actions = Object.keys(vi.audit.actions);

/** Filters of the log: unit (and its subtree), object, action, period, who. */
export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (value: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [actorTyped, setActorTyped] = useState('');
  const actorSearch = useDebouncedValue(actorTyped.trim());
  const actors = useAccounts(actorSearch);
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const field = { flex: '1 1 220px', minWidth: 0 };

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <div style={field}>
        <UnitPicker aria-label={t('audit.unit')} placeholder={t('audit.unit')} value={value.unitId} onChange={(unitId) => set({ unitId: unitId ?? undefined })} allowClear />
      </div>
      <Select
        aria-label={t('audit.entityType')}
        placeholder={t('audit.entityType')}
        allowClear
        value={value.entityType}
        onChange={(entityType?: string) => set({ entityType })}
        options={entityTypes.map((code) => ({ value: code, label: labels.label('entities', code) }))}
        style={field}
      />
      <Select
        aria-label={t('audit.action')}
        placeholder={t('audit.action')}
        allowClear
        value={value.action}
        onChange={(action?: string) => set({ action })}
        options={actions.map((code) => ({ value: code, label: labels.label('actions', code) }))}
        style={field}
      />
      <Select
        aria-label={t('audit.actor')}
        placeholder={t('audit.actor')}
        allowClear
        value={value.actorId}
        onChange={(actorId?: string) => set({ actorId })}
        showSearch={{ filterOption: false, onSearch: setActorTyped }}
        options={(actors.data ?? []).map((account) => ({ value: account.id, label: `${account.displayName} (${account.login})` }))}
        style={field}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        placeholder={[t('audit.from'), t('audit.to')]}
        format={dateFormat}
        value={value.days ?? null}
        onChange={(days) => set({ days: days?.[0] && days[1] ? [days[0], days[1]] : undefined })}
        style={field}
      />
      <Button onClick={() => onChange({})}>{t('audit.clearFilters')}</Button>
    </Flex>
  );
}
