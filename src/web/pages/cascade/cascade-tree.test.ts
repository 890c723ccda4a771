import { describe, expect, it } from 'vitest';
import type { CascadeAssignment, CascadeNode } from '../../api/assignments.ts';
import { assignmentsByUnit, cascadeSummary, flattenCascade } from './cascade-tree.ts';

const assignment = (unitId: string, period: string | null = null): CascadeAssignment => ({
  id: `a-${unitId}-${period}`,
  unitId,
  unitName: unitId,
  period,
  dueOn: null,
  dueState: 'undated',
  status: 'not_started',
  percent: 0,
  acknowledgedAt: null,
  lastReportedAt: null,
});

const node = (taskId: string, documentId: string, edge: CascadeNode['edge'], units: string[], children: CascadeNode[] = []): CascadeNode => ({
  taskId,
  code: taskId,
  title: taskId,
  documentId,
  documentStatus: 'issued',
  numberLine: null,
  issuerName: '',
  edge,
  figure: { percent: null, done: 0, total: 0 },
  assignments: units.map((unit) => assignment(unit)),
  children,
  implementedByHidden: 0,
});

describe('cascade tree', () => {
  // Thành ủy task → its sub-task, and two base plans implementing it, one with a sub-task.
  const tree = node('TU-1', 'tu', 'root', ['duk'], [
    node('TU-1.a', 'tu', 'subtask', ['duk', 'cdvc']),
    node('DUK-2', 'duk-plan', 'implements', ['sgddt'], [node('DUK-2.a', 'duk-plan', 'subtask', ['cb1', 'cb2'])]),
    node('CDVC-1', 'cdvc-plan', 'implements', []),
  ]);

  it('walks every node depth first', () => {
    expect(flattenCascade(tree).map((n) => n.taskId)).toEqual(['TU-1', 'TU-1.a', 'DUK-2', 'DUK-2.a', 'CDVC-1']);
  });

  it('counts plans, distinct units and tasks', () => {
    expect(cascadeSummary(tree)).toEqual({ plans: 3, units: 5, tasks: 5 });
    expect(cascadeSummary(node('x', 'p', 'root', []))).toEqual({ plans: 1, units: 0, tasks: 1 });
  });

  it('groups a node’s assignments by unit, each unit’s periods in order', () => {
    const groups = assignmentsByUnit([assignment('cb1', '2026-Q2'), assignment('cb2', '2026-Q1'), assignment('cb1', '2026-Q1'), assignment('btg')]);
    expect(groups.map((g) => [g.unitId, g.assignments.map((a) => a.period)])).toEqual([
      ['cb1', ['2026-Q1', '2026-Q2']],
      ['cb2', ['2026-Q1']],
      ['btg', [null]],
    ]);
  });
});
