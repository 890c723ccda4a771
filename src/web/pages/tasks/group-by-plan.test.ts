import { describe, expect, it } from 'vitest';
import { groupByPlan } from './group-by-plan.ts';

describe('groupByPlan', () => {
  it('keeps the plans in the order of their first task and the tasks in list order', () => {
    const item = (id: string, plan: string) => ({ id, document: { id: plan, numberLine: `Số ${plan}` } });
    const groups = groupByPlan([item('a', '59'), item('b', '30'), item('c', '59'), item('d', '12'), item('e', '30')]);
    expect(groups.map((group) => [group.document.numberLine, group.items.map((i) => i.id)])).toEqual([
      ['Số 59', ['a', 'c']],
      ['Số 30', ['b', 'e']],
      ['Số 12', ['d']],
    ]);
    expect(groupByPlan([])).toEqual([]);
  });
});
