import { sql } from 'kysely';
import { isoDate } from '../../domain/periods.ts';
import { planAssignments, type ScheduledTask } from '../../domain/task-schedule.ts';
import type { Recurrence } from '../../domain/timeframe.ts';
import type { Tx } from '../context.ts';
import { newId } from '../db/ids.ts';
import type { NewTask } from '../modules/plans/task-queries.ts';
import { insertAssignments } from '../modules/tasks/assignment-writes.ts';

export interface PlanScale {
  /** Plans of the city committee; each district committee implements some of them, and some base organizations implement the districts' plans. */
  cityPlans: number;
  plansPerDistrict: number;
  basePlans: number;
  /** Task groups per plan, each with its leaf tasks: groups × (1 + leaves) tasks a plan. */
  groups: number;
  leavesPerGroup: number;
}

/** 10 + 20 × 3 + 130 = 200 plans of 10 × (1 + 9) = 100 tasks: 20,000 tasks. */
export const cityPlanScale: PlanScale = { cityPlans: 10, plansPerDistrict: 3, basePlans: 130, groups: 10, leavesPerGroup: 9 };

interface Unit {
  id: string;
  parent_id: string | null;
  kind: string;
}

interface PlanDraft {
  id: string;
  issuerId: string;
  issuerCode: string;
  title: string;
  basisId: string | null;
  /** Higher tasks given to this issuer, in turn implemented by the plan's task groups. */
  implementing: string[];
  /** Units the plan hands its leaf tasks to. */
  assignees: string[];
}

const recurrences: (Recurrence | null)[] = [null, null, null, null, 'quarterly'];

/**
 * Issued plans cascading down a generated city (see generate-scale.ts), written in batches:
 * the city committee's plans go to the district committees; each district committee
 * implements one of them, its task groups implementing the city tasks it was given, and
 * hands its tasks to its base organizations; some base organizations do the same for their
 * cells. Every fifth leaf task is quarterly. Progress is spread by a hash of each
 * assignment's id, so a rerun on the same rows gives the same picture.
 */
export async function generatePlans(tx: Tx, tenantId: string, scale: PlanScale = cityPlanScale): Promise<{ plans: number; tasks: number; assignments: number }> {
  const units = await tx.selectFrom('org_units').select(['id', 'parent_id', 'kind']).where('tenant_id', '=', tenantId).orderBy('display_order').orderBy('id').execute();
  const childrenOf = new Map<string, Unit[]>();
  for (const unit of units) if (unit.parent_id) append(childrenOf, unit.parent_id, unit);
  const root = units.find((unit) => unit.parent_id === null)!;
  const districts = childrenOf.get(root.id) ?? [];
  const year = new Date().getUTCFullYear();

  const assignedTo = new Map<string, string[]>();
  const documents: PlanDraft[] = [];
  const tasks: NewTask[] = [];
  const scheduled: ScheduledTask[] = [];

  const addPlan = (plan: PlanDraft) => {
    documents.push(plan);
    let position = 0;
    for (let g = 0; g < scale.groups; g++) {
      const groupId = newId();
      const groupCode = `${g + 1}`;
      tasks.push(taskRow(tenantId, plan.id, groupId, null, position++, groupCode, `Nhóm nhiệm vụ ${groupCode}`, plan.implementing.length > 0 ? plan.implementing[g % plan.implementing.length]! : null, null, null));
      for (let l = 0; l < scale.leavesPerGroup; l++) {
        const leafId = newId();
        const n = g * scale.leavesPerGroup + l;
        const recurrence = recurrences[n % recurrences.length]!;
        const end = recurrence ? isoDate(year, 12, 31)! : isoDate(year, (n % 12) + 1, 28)!;
        tasks.push(taskRow(tenantId, plan.id, leafId, groupId, position++, `${groupCode}.${l + 1}`, `Nhiệm vụ ${groupCode}.${l + 1}`, null, end, recurrence));
        const lead = plan.assignees[n % plan.assignees.length]!;
        const partner = plan.assignees[(n + 1) % plan.assignees.length]!;
        const taskUnits = [{ unitId: lead, role: 'lead' as const }, ...(partner === lead ? [] : [{ unitId: partner, role: 'partner' as const }])];
        scheduled.push({ id: leafId, timeframe: { text: null, start: isoDate(year, 1, 1), end, deadline: null, peaks: [], recurrence }, units: taskUnits });
        for (const { unitId } of taskUnits) append(assignedTo, unitId, leafId);
      }
    }
  };

  const cityPlans: PlanDraft[] = [];
  for (let i = 0; i < scale.cityPlans; i++) {
    const plan = { id: newId(), issuerId: root.id, issuerCode: 'TUMP', title: `Kế hoạch ${i + 1} của Thành ủy năm ${year}`, basisId: null, implementing: [], assignees: districts.map((unit) => unit.id) };
    cityPlans.push(plan);
    addPlan(plan);
  }
  const districtPlans: PlanDraft[] = [];
  for (const [d, district] of districts.entries()) {
    for (let k = 0; k < scale.plansPerDistrict; k++) {
      const higher = cityPlans[(d * scale.plansPerDistrict + k) % cityPlans.length]!;
      const plan = {
        id: newId(),
        issuerId: district.id,
        issuerCode: `QU${d + 1}`,
        title: `Kế hoạch thực hiện ${higher.title} (Quận ủy ${d + 1})`,
        basisId: higher.id,
        implementing: givenIn(assignedTo, district.id, tasks, higher.id),
        assignees: (childrenOf.get(district.id) ?? []).map((unit) => unit.id),
      };
      districtPlans.push(plan);
      addPlan(plan);
    }
  }
  // Base organizations take their turn in district order, each implementing the first district plan that gave it work.
  const bases = districts.flatMap((district) => childrenOf.get(district.id) ?? []);
  for (let b = 0; b < scale.basePlans && b < bases.length; b++) {
    const base = bases[Math.floor((b * bases.length) / scale.basePlans)]!;
    const higher = districtPlans.find((plan) => plan.issuerId === base.parent_id && givenIn(assignedTo, base.id, tasks, plan.id).length > 0);
    if (!higher) continue;
    addPlan({
      id: newId(),
      issuerId: base.id,
      issuerCode: `CS${b + 1}`,
      title: `Kế hoạch thực hiện ${higher.title} (Đảng ủy cơ sở ${b + 1})`,
      basisId: higher.id,
      implementing: givenIn(assignedTo, base.id, tasks, higher.id),
      assignees: (childrenOf.get(base.id) ?? []).map((unit) => unit.id),
    });
  }

  const issuedOn = isoDate(year, 1, 15)!;
  const numbers = new Map<string, number>();
  const docRows = documents.map((plan) => {
    const number = (numbers.get(plan.issuerId) ?? 0) + 1;
    numbers.set(plan.issuerId, number);
    return {
      id: plan.id,
      tenant_id: tenantId,
      issuer_unit_id: plan.issuerId,
      kind: 'plan' as const,
      type_code: 'KH',
      issuer_code: plan.issuerCode,
      number,
      year,
      issued_on: issuedOn,
      title: plan.title,
      recipients: '[]',
      sections: '[]',
      targets: '[]',
      status: 'issued' as const,
      issued_at: new Date(`${issuedOn}T02:00:00Z`),
    };
  });
  await insertBatches(tx, 'documents', docRows);
  await insertBatches(tx, 'document_issuers', documents.map((plan) => ({ document_id: plan.id, unit_id: plan.issuerId, tenant_id: tenantId, position: 0 })));
  await insertBatches(
    tx,
    'document_bases',
    documents.filter((plan) => plan.basisId).map((plan) => ({ id: newId(), tenant_id: tenantId, document_id: plan.id, position: 0, basis_document_id: plan.basisId })),
  );
  await insertBatches(tx, 'tasks', tasks);
  await insertBatches(
    tx,
    'task_units',
    scheduled.flatMap((task) => task.units.map((unit) => ({ task_id: task.id, unit_id: unit.unitId, tenant_id: tenantId, role: unit.role }))),
  );
  const documentOf = new Map(tasks.map((task) => [task.id, task.document_id]));
  const planned = planAssignments(scheduled);
  const byDocument = new Map<string, typeof planned>();
  for (const assignment of planned) append(byDocument, documentOf.get(assignment.taskId)!, assignment);
  for (const [documentId, list] of byDocument) await insertAssignments(tx, tenantId, documentId, list);

  // A spread of progress: about 30 % done, 30 % under way, 5 % blocked; most acknowledged.
  await sql`
    UPDATE assignments a SET
      status = CASE WHEN s.h < 30 THEN 'done' WHEN s.h < 60 THEN 'in_progress' WHEN s.h < 65 THEN 'blocked' ELSE 'not_started' END,
      percent = CASE WHEN s.h < 30 THEN 100 WHEN s.h < 65 THEN 10 + (s.h * 7) % 80 ELSE 0 END,
      acknowledged_at = CASE WHEN s.h < 80 THEN now() - interval '60 days' END,
      last_reported_at = CASE WHEN s.h < 65 THEN now() - interval '7 days' END
    FROM (SELECT id, abs(hashtext(id::text)) % 100 AS h FROM assignments WHERE tenant_id = ${tenantId}) s
    WHERE a.id = s.id`.execute(tx);
  // Each reported state has the report it came from.
  await sql`
    INSERT INTO progress_reports (id, tenant_id, assignment_id, status, percent, note, evidence_links, reported_on, created_at)
    SELECT gen_random_uuid(), a.tenant_id, a.id, a.status, a.percent, 'Báo cáo tiến độ (dữ liệu mô phỏng)', '[]', current_date - 7, a.last_reported_at
    FROM assignments a WHERE a.tenant_id = ${tenantId} AND a.last_reported_at IS NOT NULL`.execute(tx);
  return { plans: documents.length, tasks: tasks.length, assignments: planned.length };
}

function append<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The leaf tasks of `documentId` given to `unitId`. */
function givenIn(assignedTo: Map<string, string[]>, unitId: string, tasks: NewTask[], documentId: string): string[] {
  const ofDocument = new Set(tasks.filter((task) => task.document_id === documentId).map((task) => task.id));
  return (assignedTo.get(unitId) ?? []).filter((taskId) => ofDocument.has(taskId));
}

function taskRow(tenantId: string, documentId: string, id: string, parentId: string | null, position: number, code: string, title: string, implementsTaskId: string | null, end: string | null, recurrence: Recurrence | null): NewTask {
  return {
    id,
    tenant_id: tenantId,
    document_id: documentId,
    parent_id: parentId,
    position,
    code,
    section_code: code.split('.')[0] ?? null,
    title,
    start_on: end ? `${end.slice(0, 4)}-01-01` : null,
    end_on: end,
    deadline: null,
    peaks: '[]',
    recurrence,
    timeframe_text: recurrence ? 'Hàng quý' : null,
    responsible_person_id: null,
    targets: '[]',
    unmatched_units: '[]',
    implements_task_id: implementsTaskId,
  };
}

async function insertBatches(tx: Tx, table: 'documents' | 'document_issuers' | 'document_bases' | 'tasks' | 'task_units', rows: Record<string, unknown>[]) {
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto(table).values(rows.slice(start, start + 1000) as never).execute();
}
