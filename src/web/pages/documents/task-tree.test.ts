import { describe, expect, it } from 'vitest';
import { buildTaskTree, countDescendants, nextSegment, suggestTaskCode } from './task-tree.ts';

const task = (id: string, code: string, parentId: string | null, position: number) => ({ id, code, parentId, position });

describe('task tree', () => {
  // As the API returns them: document order, a sub-task added later comes last.
  const flat = [
    task('ii', 'II', null, 1),
    task('ii1', 'II.1', 'ii', 2),
    task('ii2', 'II.2', 'ii', 3),
    task('i', 'I', null, 0),
    task('ii1a', 'II.1.a', 'ii1', 4),
    task('ii1b', 'II.1.b', 'ii1', 5),
    task('ii1-late', 'II.1.c', 'ii1', 9),
    task('iii', 'III', null, 6),
  ];

  it('nests tasks under their parents, siblings in document order, with their depth', () => {
    const tree = buildTaskTree(flat);
    const outline = (nodes: ReturnType<typeof buildTaskTree<(typeof flat)[number]>>): string[] =>
      nodes.flatMap((node) => [`${'  '.repeat(node.depth)}${node.task.code}`, ...outline(node.children)]);
    expect(outline(tree)).toEqual(['I', 'II', '  II.1', '    II.1.a', '    II.1.b', '    II.1.c', '  II.2', 'III']);
  });

  it('treats a task whose parent is missing as a root instead of losing it', () => {
    const tree = buildTaskTree([task('x', '1.a', 'gone', 0), task('y', '2', null, 1)]);
    expect(tree.map((node) => node.task.code)).toEqual(['1.a', '2']);
  });

  it('counts every task below a node, deleted along with it', () => {
    const [, ii] = buildTaskTree(flat);
    expect(countDescendants(ii!)).toBe(5);
    expect(countDescendants(ii!.children[1]!)).toBe(0);
  });
});

describe('task codes', () => {
  it('continues numbers, Vietnamese letters and Roman numerals', () => {
    expect(nextSegment('9')).toBe('10');
    expect(nextSegment('c')).toBe('d');
    expect(nextSegment('d')).toBe('đ');
    expect(nextSegment('đ')).toBe('e');
    expect(nextSegment('e')).toBe('g');
    expect(nextSegment('IV')).toBe('V');
    expect(nextSegment('VIII')).toBe('IX');
    expect(nextSegment('y')).toBeNull();
    expect(nextSegment('IIII')).toBeNull();
    expect(nextSegment('-')).toBeNull();
  });

  it('offers the code after the last sibling, keeping its prefix', () => {
    expect(suggestTaskCode(null, ['1', '2'], ['1', '2'])).toBe('3');
    expect(suggestTaskCode('II', ['II.1', 'II.2'], ['II', 'II.1', 'II.2'])).toBe('II.3');
    expect(suggestTaskCode('II.1', ['II.1.a', 'II.1.b'], [])).toBe('II.1.c');
    // Imported plans keep the section in the code of a top-level task.
    expect(suggestTaskCode(null, ['II.1', 'II.2'], [])).toBe('II.3');
  });

  it('starts a level below the parent: numbers under a Roman numeral, letters under a number', () => {
    expect(suggestTaskCode(null, [], [])).toBe('1');
    expect(suggestTaskCode('II', [], ['II'])).toBe('II.1');
    expect(suggestTaskCode('II.1', [], [])).toBe('II.1.a');
    expect(suggestTaskCode('II.1.a', [], [])).toBe('II.1.a.1');
  });

  it('skips codes the plan already uses and gives up on numbering it cannot continue', () => {
    expect(suggestTaskCode('II', ['II.1'], ['II.1', 'II.2', 'II.3'])).toBe('II.4');
    expect(suggestTaskCode(null, ['Phụ lục'], [])).toBe('');
  });
});
