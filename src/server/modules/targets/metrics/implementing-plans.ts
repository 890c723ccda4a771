import { sql } from 'kysely';
import type { MetricEvaluator } from './types.ts';
import { subjectRows, subjectsCte } from './types.ts';

/**
 * Of the units given the task (as lead or partner), which had issued a plan of their own by the
 * cut-off with a task implementing it — the cascade ("cụ thể hóa"). A draft plan is still being
 * written and does not count.
 */
export const implementingPlans: MetricEvaluator = (db, query) => {
  const taskId = query.params.taskId ?? '';
  return subjectRows(
    db,
    query,
    sql`
      WITH ${subjectsCte(query)}
      SELECT s.id, s.row_label, CASE WHEN EXISTS (
        SELECT 1 FROM tasks t
        JOIN documents d ON d.id = t.document_id
        JOIN document_issuers i ON i.document_id = d.id AND i.unit_id = s.id
        WHERE t.implements_task_id = ${taskId}::uuid AND d.status = 'issued' AND d.issued_on <= ${query.window.cutoff}::date
      ) THEN 1 ELSE 0 END::float8 AS numerator, 1::float8 AS denominator, 0::float8 AS people_short, NULL::int[] AS counts
      FROM subjects s
      WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = ${taskId}::uuid AND a.unit_id = s.id)`,
  );
};
