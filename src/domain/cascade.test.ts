import { describe, expect, it } from 'vitest';
import { cascadeTree, closesLoop, lineage, parentLoop, subtreeOf, type CascadeLink } from './cascade.ts';

const link = (id: string, documentId: string, parentId: string | null = null, implementsTaskId: string | null = null): CascadeLink => ({ id, documentId, parentId, implementsTaskId });

// Thành ủy task → ĐUK plan (task and sub-task) → a base organization's plan → a cell's plan.
const rows = [
  link('tu-1', 'tu'),
  link('duk-1', 'duk', null, 'tu-1'),
  link('duk-1.a', 'duk', 'duk-1'),
  link('duk-1.b', 'duk', 'duk-1'),
  link('base-1', 'base', null, 'duk-1.a'),
  link('cell-1', 'cell', null, 'base-1'),
  link('cell-2', 'cell2', null, 'duk-1.a'),
];

describe('cascade walks', () => {
  it('walks down from a task to every implementing task across units', () => {
    const tree = cascadeTree(rows, 'tu-1')!;
    const shape = (node: NonNullable<typeof tree>): unknown => [node.task.id, node.edge, node.children.map(shape)];
    expect(shape(tree)).toEqual([
      'tu-1',
      'root',
      [['duk-1', 'implements', [['duk-1.a', 'subtask', [['base-1', 'implements', [['cell-1', 'implements', []]]], ['cell-2', 'implements', []]]], ['duk-1.b', 'subtask', []]]]],
    ]);
    expect(cascadeTree(rows, 'missing')).toBeNull();
  });

  it('walks up from a cell task to the resolution it serves', () => {
    expect(lineage(rows, 'cell-1').map(({ task, edge }) => `${edge}:${task.id}`)).toEqual(['implements:base-1', 'implements:duk-1.a', 'subtask:duk-1', 'implements:tu-1']);
    expect(lineage(rows, 'tu-1')).toEqual([]);
  });

  it('stops on a loop that bad data might hold', () => {
    const looped = [link('a', 'x', null, 'b'), link('b', 'y', null, 'a')];
    expect(lineage(looped, 'a').map(({ task }) => task.id)).toEqual(['b']);
    expect(cascadeTree(looped, 'a')!.children[0]!.children).toEqual([]);
  });

  it('refuses a plan that would implement itself, however indirectly', () => {
    expect(closesLoop('duk', ['base', 'duk', 'tu'])).toBe(true);
    expect(closesLoop('cell', ['base', 'duk', 'tu'])).toBe(false);
  });

  it('refuses to move a task under itself or its own sub-task', () => {
    const parentOf = new Map<string, string | null>([['1', null], ['1.a', '1'], ['1.a.i', '1.a'], ['2', null]]);
    expect(parentLoop(parentOf, '1', '1.a.i')).toBe(true);
    expect(parentLoop(parentOf, '1', '1')).toBe(true);
    expect(parentLoop(parentOf, '1.a.i', '2')).toBe(false);
    expect(parentLoop(parentOf, '1.a', null)).toBe(false);
  });

  it('lists a task with everything below it', () => {
    const parentOf = new Map<string, string | null>([['1', null], ['1.a', '1'], ['1.a.i', '1.a'], ['1.b', '1'], ['2', null]]);
    expect(subtreeOf(parentOf, '1')).toEqual(['1', '1.a', '1.b', '1.a.i']);
    expect(subtreeOf(parentOf, '2')).toEqual(['2']);
  });
});
