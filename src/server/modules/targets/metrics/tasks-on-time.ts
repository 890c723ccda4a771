import { sql } from 'kysely';
import type { MetricEvaluator } from './types.ts';
import { subjectRows, subjectsCte } from './types.ts';

/**
 * The work each unit leads that fell due in the window by the cut-off, and how much of it was
 * reported done on or before its due day. With a task, only that task's assignments and those
 * of lower plans' tasks implementing it (the cascade, any depth) count.
 */
export const tasksOnTime: MetricEvaluator = (db, query) => {
  const taskId = query.params.taskId?.trim() || null;
  const taskFilter = taskId
    ? sql`AND a.task_id IN (
        WITH RECURSIVE below(id) AS (
          SELECT ${taskId}::uuid
          UNION SELECT t.id FROM tasks t JOIN below b ON t.implements_task_id = b.id OR t.parent_id = b.id
        ) SELECT id FROM below)`
    : sql``;
  return subjectRows(
    db,
    query,
    sql`
      WITH ${subjectsCte(query)}
      SELECT s.id, s.row_label,
             count(a.id) FILTER (WHERE a.status = 'done' AND EXISTS (
               SELECT 1 FROM progress_reports p WHERE p.assignment_id = a.id AND p.status = 'done' AND p.reported_on <= a.due_on))::float8 AS numerator,
             count(a.id)::float8 AS denominator, 0::float8 AS people_short, NULL::int[] AS counts
      FROM subjects s
      LEFT JOIN assignments a ON a.unit_id = s.id AND a.tenant_id = ${query.tenantId} AND a.role = 'lead'
        AND a.due_on >= ${query.window.start}::date AND a.due_on <= ${query.window.cutoff}::date ${taskFilter}
      GROUP BY s.id, s.row_label`,
  );
};
