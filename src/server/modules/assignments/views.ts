import type { DocumentStatus } from '../../../domain/documents.ts';
import { type DueState, dueState, type ProgressStatus } from '../../../domain/task-status.ts';
import type { Actor } from '../../auth/actor.ts';
import { numberLineOf, toFileView } from '../documents/views.ts';
import { assignmentPolicy } from './policy.ts';
import type { AssignmentItemRow, ReportRow } from './queries.ts';
import type { ProgressRow } from './tree-queries.ts';

type FileRow = Parameters<typeof toFileView>[0];

type StateRow = Pick<ProgressRow, 'id' | 'period' | 'due_on' | 'status' | 'percent' | 'acknowledged_at' | 'last_reported_at'>;

/** Where an assignment stands on `today` (a Vietnam calendar day). */
export function toAssignmentState(row: StateRow, today: string): {
  id: string;
  period: string | null;
  dueOn: string | null;
  dueState: DueState;
  status: ProgressStatus;
  percent: number;
  acknowledgedAt: string | null;
  lastReportedAt: string | null;
} {
  return {
    id: row.id,
    period: row.period,
    dueOn: row.due_on,
    dueState: dueState(row.due_on, row.status, today),
    status: row.status,
    percent: row.percent,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    lastReportedAt: row.last_reported_at?.toISOString() ?? null,
  };
}

export function toAssignmentItem(row: AssignmentItemRow, actor: Actor, today: string) {
  const canReport = assignmentPolicy.canReport(actor, row.unit_path, row.document_status);
  return {
    ...toAssignmentState(row, today),
    role: row.role,
    startOn: row.start_on,
    task: { id: row.task_id, code: row.task_code, title: row.task_title, timeframeText: row.timeframe_text },
    document: { id: row.document_id, numberLine: numberLineOf(row), title: row.document_title, issuerName: row.issuer_name },
    unit: { id: row.unit_id, name: row.unit_name, shortName: row.unit_short_name },
    allowed: {
      acknowledge: canReport && row.acknowledged_at === null,
      report: canReport,
      remind: assignmentPolicy.canRemind(actor, row.unit_path, row.issuer_paths, row.document_status, row.status),
    },
  };
}

export function toReportView(row: ReportRow, files: FileRow[]) {
  return {
    id: row.id,
    status: row.status,
    percent: row.percent,
    note: row.note,
    evidenceLinks: row.evidence_links,
    reportedOn: row.reported_on,
    reportedBy: row.reported_by_name,
    createdAt: row.created_at.toISOString(),
    files: files.filter((file) => file.progress_report_id === row.id).map(toFileView),
  };
}

/** A lower plan's task implementing a task, as lists show it. */
export function toImplementerView(row: {
  id: string;
  code: string;
  document_id: string;
  document_status: DocumentStatus;
  number: number | null;
  type_code: string;
  issuer_code: string;
  notation: 'party' | 'state';
  document_title: string;
  issuer_name: string;
}) {
  return {
    taskId: row.id,
    taskCode: row.code,
    documentId: row.document_id,
    documentStatus: row.document_status,
    numberLine: numberLineOf(row),
    title: row.document_title,
    unitName: row.issuer_name,
  };
}
