import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ProgressStatus, progressStatuses } from '../../../domain/task-status.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { periodsOfYear, periodText } from './period-text.ts';

export interface TaskFilterValues {
  year?: number;
  period?: string;
  status?: ProgressStatus;
  scope: 'own' | 'subtree';
}

interface TaskFiltersProps {
  value: TaskFilterValues;
  onChange: (next: TaskFilterValues) => void;
  thisYear: number;
  /** The unit has units below it, so its list may include theirs. */
  canWiden: boolean;
}

/** Year, period (within the year), status, and whether the units below are included. */
export function TaskFilters({ value, onChange, thisYear, canWiden }: TaskFiltersProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const field = { flex: isPhone ? '1 1 100%' : '0 1 200px', minWidth: 0 };
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <Select<number | 'all'>
        aria-label={t('tasks.year')}
        value={value.year ?? 'all'}
        onChange={(year) => onChange({ ...value, year: year === 'all' ? undefined : year, period: undefined })}
        options={[{ value: 'all', label: t('tasks.anyYear') }, ...years.map((year) => ({ value: year, label: t('tasks.periodName.year', { year }) }))]}
        style={field}
      />
      <Select<string>
        aria-label={t('tasks.periodFilter')}
        value={value.period ?? 'all'}
        disabled={!value.year}
        onChange={(period) => onChange({ ...value, period: period === 'all' ? undefined : period })}
        options={[{ value: 'all', label: value.year ? t('tasks.wholeYear') : t('tasks.anyPeriod') }, ...(value.year ? periodsOfYear(value.year).map((period) => ({ value: period, label: periodText(t, period) })) : [])]}
        style={field}
      />
      <Select<ProgressStatus | 'all'>
        aria-label={t('tasks.statusLabel')}
        value={value.status ?? 'all'}
        onChange={(status) => onChange({ ...value, status: status === 'all' ? undefined : status })}
        options={[{ value: 'all', label: t('tasks.anyStatus') }, ...progressStatuses.map((status) => ({ value: status, label: t(`tasks.status.${status}`) }))]}
        style={field}
      />
      {canWiden ? (
        <Select<'own' | 'subtree'>
          aria-label={t('tasks.scope')}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope })}
          options={[
            { value: 'own', label: t('tasks.scopeOwn') },
            { value: 'subtree', label: t('tasks.scopeSubtree') },
          ]}
          style={{ ...field, flex: isPhone ? '1 1 100%' : '0 1 240px' }}
        />
      ) : null}
    </Flex>
  );
}
