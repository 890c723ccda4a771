import { Card, Col, Drawer, Input, Row, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useUnitDetail } from '../../api/units.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { UnitDetailPanel } from './UnitDetailPanel.tsx';
import { UnitSearchResults } from './UnitSearchResults.tsx';
import { UnitTree } from './UnitTree.tsx';

/** "Cơ cấu tổ chức": the tree (or search results) beside the chosen unit's details. */
export function OrgTreePage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [detailOpen, setDetailOpen] = useState(false);
  const search = useDebouncedValue(typed.trim());
  const selectedId = params.get('unit') ?? current.unitId;
  const selected = useUnitDetail(selectedId);
  const reveal = selected.data?.ancestors.filter((ancestor) => ancestor.readable).map((ancestor) => ancestor.id) ?? [];

  const select = (unitId: string) => {
    setParams({ unit: unitId });
    setDetailOpen(true);
  };

  const browser = (
    <Card>
      <Input.Search
        aria-label={t('units.searchPlaceholder')}
        placeholder={t('units.searchPlaceholder')}
        allowClear
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      <label style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12, minHeight: 32 }}>
        <Switch checked={includeInactive} onChange={setIncludeInactive} size="small" />
        <Typography.Text>{t('units.showInactive')}</Typography.Text>
      </label>
      {search ? (
        <UnitSearchResults search={search} includeInactive={includeInactive} selectedId={selectedId} onSelect={select} />
      ) : (
        <UnitTree selectedId={selectedId} onSelect={select} reveal={reveal} includeInactive={includeInactive} height={isPhone ? 440 : 560} itemHeight={isPhone ? 44 : 28} />
      )}
    </Card>
  );

  const details = selectedId ? <UnitDetailPanel unitId={selectedId} onSelect={select} /> : <Typography.Text type="secondary">{t('units.pickUnit')}</Typography.Text>;

  return (
    <>
      <PageHeader title={t('units.title')} />
      {isPhone ? (
        <>
          {browser}
          <Drawer open={detailOpen && Boolean(selectedId)} onClose={() => setDetailOpen(false)} placement="bottom" size="85%" title={t('units.detailTitle')}>
            {details}
          </Drawer>
        </>
      ) : (
        <Row gutter={16}>
          <Col span={10}>{browser}</Col>
          <Col span={14}>
            <Card>{details}</Card>
          </Col>
        </Row>
      )}
    </>
  );
}
