import { BankOutlined, FlagOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import type { UnitKind } from '../../../domain/unit-kinds.ts';

const icons: Record<UnitKind, typeof BankOutlined> = {
  committee: BankOutlined,
  base_committee: BankOutlined,
  cell: TeamOutlined,
  department: ProfileOutlined,
  association: FlagOutlined,
};

/** A small sign of the unit's kind, beside its name in the tree. */
export function UnitKindIcon({ kind }: { kind: UnitKind }) {
  const Icon = icons[kind];
  return <Icon aria-hidden style={{ color: kind === 'association' ? '#1677ff' : kind === 'department' ? '#8c8c8c' : '#b3261e' }} />;
}
