import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Spin, Tag, Tree } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childUnitsQuery, useRootUnits } from '../../api/units.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type UnitNode, unitNodes } from './tree-nodes.ts';
import { UnitKindIcon } from './UnitKindIcon.tsx';

interface UnitTreeProps {
  selectedId: string | null;
  onSelect: (unitId: string) => void;
  /** Units to open so that the selected one shows (its readable ancestors). */
  reveal: readonly string[];
  includeInactive: boolean;
  height: number;
  /** Row height: taller rows on phones, for fingers. */
  itemHeight: number;
}

const union = (list: string[], more: readonly string[]) => [...new Set([...list, ...more])];

/**
 * The organization tree, loaded one level at a time when a node opens and drawn with a
 * virtual list, so that a tree of tens of thousands of units stays instant.
 */
export function UnitTree({ selectedId, onSelect, reveal, includeInactive, height, itemHeight }: UnitTreeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useRootUnits();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<string[]>([]);
  const treeRef = useRef<{ scrollTo: (options: { key: string; align?: 'top' | 'bottom' | 'auto' }) => void }>(null);

  const open = (ids: readonly string[]) => {
    setExpanded((current) => union(current, ids));
    setLoaded((current) => union(current, ids));
  };

  useEffect(() => {
    if (roots.data && expanded.length === 0) open(roots.data.map((unit) => unit.id));
    // Only when the roots arrive: afterwards the user decides what is open.
  }, [roots.data]);

  const revealKey = reveal.join(',');
  useEffect(() => {
    if (reveal.length > 0) open(reveal);
  }, [revealKey]);

  const children = useQueries({ queries: loaded.map((id) => childUnitsQuery(id, includeInactive)) });
  const childrenById = new Map(loaded.map((id, index) => [id, children[index]?.data]));
  const nodes = unitNodes(roots.data ?? [], (id) => childrenById.get(id));
  const selectedShown = Boolean(selectedId && reveal.every((id) => childrenById.get(id)));

  useEffect(() => {
    if (selectedId && selectedShown) treeRef.current?.scrollTo({ key: selectedId, align: 'auto' });
  }, [selectedId, selectedShown]);

  if (roots.isPending) return <Spin />;
  if (roots.isError) return <ErrorAlert error={roots.error} />;

  return (
    <Tree<UnitNode>
      ref={treeRef as never}
      aria-label={t('units.tree')}
      treeData={nodes}
      height={height}
      itemHeight={itemHeight}
      blockNode
      showIcon
      icon={(node) => <UnitKindIcon kind={(node as unknown as UnitNode).unit.kind} />}
      expandedKeys={expanded}
      loadedKeys={loaded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadData={async (node) => {
        await queryClient.fetchQuery(childUnitsQuery(node.key, includeInactive));
        setLoaded((current) => union(current, [node.key]));
      }}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_, { node }) => onSelect(node.key)}
      titleRender={(node) => (
        <span>
          {node.unit.name}
          {node.unit.isActive ? null : (
            <Tag style={{ marginInlineStart: 6 }} color="default">
              {t('common.inactive')}
            </Tag>
          )}
        </span>
      )}
    />
  );
}
