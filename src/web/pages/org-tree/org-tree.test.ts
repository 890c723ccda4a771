import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/types.ts';
import { childKinds, inheritedAssociationType } from './child-kinds.ts';
import { unitNodes } from './tree-nodes.ts';

const unit = (id: string, hasChildren: boolean): Unit => ({
  id,
  parentId: null,
  kind: 'committee',
  departmentFunction: null,
  associationType: null,
  name: id,
  shortName: null,
  code: id,
  ledBy: null,
  displayOrder: 0,
  isActive: true,
  hasChildren,
});

describe('unitNodes', () => {
  it('keeps unloaded nodes expandable and nests the loaded children', () => {
    const loaded = new Map<string, Unit[]>([
      ['root', [unit('a', true), unit('b', false)]],
      ['a', []],
    ]);
    const nodes = unitNodes([unit('root', true)], (id) => loaded.get(id));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.isLeaf).toBe(false);
    expect(nodes[0]!.children!.map((node) => [node.key, node.isLeaf, node.children?.length])).toEqual([
      ['a', true, 0],
      ['b', true, undefined],
    ]);
  });

  it('leaves a not yet loaded unit with children expandable', () => {
    expect(unitNodes([unit('x', true)], () => undefined)[0]).toMatchObject({ key: 'x', isLeaf: false });
    expect(unitNodes([unit('x', true)], () => undefined)[0]!.children).toBeUndefined();
  });
});

describe('childKinds', () => {
  it('follows the placement rules of the domain', () => {
    expect(childKinds({ kind: 'committee', associationType: null })).toEqual(['committee', 'base_committee', 'cell', 'department', 'association']);
    expect(childKinds({ kind: 'base_committee', associationType: null })).toEqual(['base_committee', 'cell', 'department', 'association']);
    expect(childKinds({ kind: 'cell', associationType: null })).toEqual([]);
    expect(childKinds({ kind: 'association', associationType: 'youth' })).toEqual(['association']);
    expect(childKinds({ kind: 'department', associationType: null })).toEqual([]);
  });

  it('makes an association under an association inherit its type', () => {
    expect(inheritedAssociationType({ kind: 'association', associationType: 'women' })).toBe('women');
    expect(inheritedAssociationType({ kind: 'committee', associationType: null })).toBeNull();
  });
});
