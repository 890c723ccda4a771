import { AimOutlined, EditOutlined, PlusOutlined, PoweroffOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { useSetUnitActive, useUnitDetail } from '../../api/units.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { mayAt, unitChain } from '../../app/permissions.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { lazyNamed } from '../../components/lazy-named.ts';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { unitKindLabel } from '../../i18n/labels.ts';
import { childKinds } from './child-kinds.ts';

const UnitFormModal = lazyNamed(() => import('./UnitFormModal.tsx'), 'UnitFormModal');
const MoveUnitModal = lazyNamed(() => import('./MoveUnitModal.tsx'), 'MoveUnitModal');

type Dialog = 'add' | 'edit' | 'move' | null;

/** Everything about one unit, its place in the tree, and (for administrators) what can be done to it. */
export function UnitDetailPanel({ unitId, onSelect }: { unitId: string; onSelect: (unitId: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const grants = useMe().data?.grants ?? [];
  const current = useCurrentUnit();
  const detail = useUnitDetail(unitId);
  const setActive = useSetUnitActive();
  const confirm = useConfirmedAction();
  const [dialog, setDialog] = useState<Dialog>(null);

  if (detail.isPending) return <Spin />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const unit = detail.data;
  const chain = unitChain(unit);
  const canManage = mayAt(grants, chain, 'unit.manage');
  const canSeePeople = mayAt(grants, chain, 'person.read');
  const isCurrent = current.unitId === unit.id;

  const toggleActive = () =>
    confirm(
      unit.isActive
        ? { title: t('units.deactivateConfirm', { name: unit.name }), content: t('units.deactivateHint'), okText: t('units.deactivate'), danger: true, action: () => setActive.mutateAsync({ id: unit.id, active: false }), success: t('units.deactivated') }
        : { title: `${t('units.reactivate')}: ${unit.name}`, okText: t('units.reactivate'), action: () => setActive.mutateAsync({ id: unit.id, active: true }), success: t('units.reactivated') },
    );

  return (
    <section aria-labelledby="unit-detail-title">
      {unit.ancestors.length > 0 ? (
        <nav aria-label={t('units.ancestors')}>
          <Breadcrumb
            items={unit.ancestors.map((ancestor) => ({
              title: ancestor.readable ? (
                <a href={`?unit=${ancestor.id}`} onClick={(event) => (event.preventDefault(), onSelect(ancestor.id))}>
                  {ancestor.shortName ?? ancestor.name}
                </a>
              ) : (
                (ancestor.shortName ?? ancestor.name)
              ),
            }))}
          />
        </nav>
      ) : null}
      <Typography.Title level={2} id="unit-detail-title" style={{ fontSize: 20, margin: '8px 0' }}>
        {unit.name}
      </Typography.Title>
      <Flex wrap gap={4} style={{ marginBottom: 12 }}>
        <Tag color="red">{unitKindLabel(t, unit)}</Tag>
        <Tag color={unit.isActive ? 'green' : 'default'}>{unit.isActive ? t('common.active') : t('common.inactive')}</Tag>
        {isCurrent ? <Tag color="blue">{t('units.isCurrent')}</Tag> : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'kind', label: t('units.kind'), children: unitKindLabel(t, unit) },
          { key: 'shortName', label: t('units.shortName'), children: unit.shortName ?? t('common.notSet') },
          { key: 'code', label: t('units.code'), children: <Typography.Text copyable>{unit.code}</Typography.Text> },
          ...(unit.kind === 'association'
            ? [
                {
                  key: 'ledBy',
                  label: t('units.ledBy'),
                  children: unit.ledBy ? (
                    <a href={`?unit=${unit.ledBy.id}`} onClick={(event) => (event.preventDefault(), onSelect(unit.ledBy!.id))}>
                      {unit.ledBy.name}
                    </a>
                  ) : (
                    t('common.notSet')
                  ),
                },
              ]
            : []),
          { key: 'party', label: t('units.partyMembers'), children: unit.memberCounts.party },
          { key: 'association', label: t('units.associationMembers'), children: unit.memberCounts.association },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
        {t('units.memberCounts')}
      </Typography.Paragraph>
      <Flex wrap gap={8}>
        {isCurrent ? null : (
          <Button icon={<AimOutlined />} onClick={() => current.setUnitId(unit.id)}>
            {t('units.useAsCurrent')}
          </Button>
        )}
        {canSeePeople ? (
          <Button
            icon={<TeamOutlined />}
            onClick={() => {
              current.setUnitId(unit.id);
              navigate('/people');
            }}
          >
            {t('units.viewPeople')}
          </Button>
        ) : null}
      </Flex>
      {canManage ? (
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {unit.isActive && childKinds(unit).length > 0 ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')}>
              {t('units.addChild')}
            </Button>
          ) : null}
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
          {unit.parentId ? (
            <Button icon={<SwapOutlined />} onClick={() => setDialog('move')}>
              {t('units.move')}
            </Button>
          ) : null}
          {unit.parentId ? (
            <Button danger={unit.isActive} icon={<PoweroffOutlined />} onClick={toggleActive}>
              {unit.isActive ? t('units.deactivate') : t('units.reactivate')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      <Suspense fallback={null}>
        {dialog === 'add' ? (
          <UnitFormModal
            target={{ parent: unit }}
            onClose={() => setDialog(null)}
            onSaved={(created) => {
              setDialog(null);
              onSelect(created.id);
            }}
          />
        ) : null}
        {dialog === 'edit' ? <UnitFormModal target={{ unit }} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} /> : null}
        {dialog === 'move' ? <MoveUnitModal unit={unit} onClose={() => setDialog(null)} onMoved={() => setDialog(null)} /> : null}
      </Suspense>
    </section>
  );
}
