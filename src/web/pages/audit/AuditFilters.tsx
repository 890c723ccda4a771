import { Button, Flex, Select } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../api/accounts.ts';
import { lazyNamed } from '../../components/lazy-named.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { vi } from '../../i18n/vi.ts';
import { type DatePreset, type Days, datePresets } from './date-presets.ts';
import { useAuditLabels } from './use-audit-labels.ts';

const CustomDays = lazyNamed(() => import('./CustomDays.tsx'), 'CustomDays');

export interface AuditFilterValues {
  unitId?: string;
  entityType?: string;
  action?: string;
  actorId?: string;
  period?: DatePreset | 'custom';
  /** The hand-picked days when `period` is custom. */
  days?: Days;
}

const entityTypes = Object.keys(vi.audit.entities);
const actions = Object.keys(vi.audit.actions);

/** Filters of the log: unit (and its subtree), object, action, who, period. */
export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (value: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [actorTyped, setActorTyped] = useState('');
  const actorSearch = useDebouncedValue(actorTyped.trim());
  const actors = useAccounts(actorSearch);
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const field = { flex: '1 1 200px', minWidth: 0 };

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
      <Select<DatePreset | 'custom'>
        aria-label={t('audit.period')}
        placeholder={t('audit.period')}
        allowClear
        value={value.period}
        onChange={(period?: DatePreset | 'custom') => set({ period, days: undefined })}
        options={[...datePresets, 'custom' as const].map((code) => ({ value: code, label: t(`audit.periods.${code}`) }))}
        style={field}
      />
      {value.period === 'custom' ? (
        <Suspense fallback={null}>
          <CustomDays value={value.days} onChange={(days) => set({ days })} />
        </Suspense>
      ) : null}
      <Button onClick={() => onChange({})}>{t('audit.clearFilters')}</Button>
    </Flex>
  );
}
