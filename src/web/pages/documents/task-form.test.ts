import { describe, expect, it } from 'vitest';
import type { Task } from '../../api/plans.ts';
import { dayOf } from '../../format/dates.ts';
import { taskBody, taskFormValues, type TaskFormValues } from './task-form.ts';

const task: Task = {
  id: 't1',
  documentId: 'd1',
  parentId: null,
  position: 0,
  code: 'II.1',
  sectionCode: null,
  title: 'Tuyên truyền Nghị quyết',
  description: 'Nội dung',
  timeframe: { text: 'cao điểm từ tháng 4 đến tháng 9', start: '2026-01-01', end: '2026-12-31', deadline: null, peaks: [{ start: '2026-04-01', end: '2026-09-30' }], recurrence: 'quarterly' },
  responsiblePersonId: null,
  targets: [],
  unmatchedUnits: [],
  weight: 2,
  implementsTaskId: null,
  units: [
    { unitId: 'btg', role: 'lead', name: 'Ban Tuyên giáo', shortName: 'BTG' },
    { unitId: 'sgd', role: 'partner', name: 'Sở Giáo dục', shortName: null },
  ],
};

describe('task form', () => {
  it('puts the lead first and each partner once, never the lead again as a partner', () => {
    const values: TaskFormValues = { code: ' 1 ', title: ' Việc ', leadUnitId: 'btg', partnerUnitIds: ['sgd', undefined, 'btg', 'sgd', 'doan'] };
    expect(taskBody(values, undefined)).toEqual({
      code: '1',
      title: 'Việc',
      description: '',
      timeframe: { text: null, start: null, end: null, deadline: null, peaks: [], recurrence: null },
      weight: 1,
      units: [
        { unitId: 'btg', role: 'lead' },
        { unitId: 'sgd', role: 'partner' },
        { unitId: 'doan', role: 'partner' },
      ],
    });
  });

  it('sends dates as ISO days with the recurrence', () => {
    const values: TaskFormValues = { code: '2', title: 'Báo cáo', timeframe: { text: 'hàng quý', start: dayOf('2026-01-01'), deadline: dayOf('2026-12-15'), recurrence: 'quarterly' } };
    expect(taskBody(values, undefined).timeframe).toEqual({ text: 'hàng quý', start: '2026-01-01', end: null, deadline: '2026-12-15', peaks: [], recurrence: 'quarterly' });
  });

  it('round-trips a task, keeping the peak periods the form does not show', () => {
    const values = taskFormValues(task, 'ignored') as TaskFormValues;
    expect(values.code).toBe('II.1');
    const { id: _id, documentId: _doc, parentId: _parent, position: _position, sectionCode: _section, responsiblePersonId: _person, targets: _targets, unmatchedUnits: _unmatched, implementsTaskId: _implements, ...fields } = task;
    expect(taskBody(values, task)).toEqual({ ...fields, units: task.units.map(({ unitId, role }) => ({ unitId, role })) });
  });

  it('starts a new task with the offered code and weight 1', () => {
    expect(taskFormValues(undefined, 'II.3')).toMatchObject({ code: 'II.3', weight: 1, partnerUnitIds: [] });
  });
});
