import { Button, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from '../../api/units.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { unitKindLabel } from '../../i18n/labels.ts';
import { UnitKindIcon } from './UnitKindIcon.tsx';

/** Units whose name, short name or code matches what was typed, diacritics or not. */
export function UnitSearchResults({ search, includeInactive, selectedId, onSelect }: { search: string; includeInactive: boolean; selectedId: string | null; onSelect: (unitId: string) => void }) {
  const { t } = useTranslation();
  const results = useUnitSearch({ search, includeInactive, limit: 100 });
  if (results.isPending) return <Spin />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  if (results.data.length === 0) return <Empty description={t('units.noResults')} />;
  return (
    <section aria-label={t('units.searchResults')}>
      <Flex vertical gap={4}>
        {results.data.map((unit) => (
          <Button
            key={unit.id}
            type={unit.id === selectedId ? 'primary' : 'text'}
            ghost={unit.id === selectedId}
            onClick={() => onSelect(unit.id)}
            style={{ height: 'auto', minHeight: 40, justifyContent: 'flex-start', textAlign: 'start', whiteSpace: 'normal', padding: '6px 8px' }}
          >
            <Flex gap={8} align="start">
              <span style={{ paddingTop: 2 }}>
                <UnitKindIcon kind={unit.kind} />
              </span>
              <span>
                <span>{unit.name}</span>
                {unit.isActive ? null : <Tag style={{ marginInlineStart: 6 }}>{t('common.inactive')}</Tag>}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {unitKindLabel(t, unit)} · {unit.code}
                </Typography.Text>
              </span>
            </Flex>
          </Button>
        ))}
      </Flex>
    </section>
  );
}
