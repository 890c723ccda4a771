/**
 * Follow-up actions of a meeting's minutes ("việc cần thực hiện sau cuộc họp"). Each names
 * what is to be done, the unit responsible (the meeting's unit or a unit under it), optionally
 * a person of that unit, and a due date on or after the meeting. When the minutes are
 * approved the actions become the tasks of the unit's conclusions notice (Thông báo kết luận).
 */
import type { SignatureBlock } from './documents.ts';
import type { MembershipPosition } from './people.ts';
import { formatDayMonthYear } from './periods.ts';
import { isWithin } from './org-path.ts';
import type { UnitKind } from './unit-kinds.ts';

export interface FollowUpInput {
  text: string;
  unitId: string;
  personId: string | null;
  /** "YYYY-MM-DD"; null only in minutes written before follow-ups named units (migration 0008). */
  dueOn: string | null;
}

export interface FollowUpUnit {
  id: string;
  name: string;
  path: string;
  isActive: boolean;
}

export interface FollowUpPerson {
  id: string;
  fullName: string;
  isActive: boolean;
  /** Paths of the units of the person's active memberships. */
  unitPaths: readonly string[];
}

export interface FollowUpContext {
  meetingUnit: { name: string; path: string };
  /** The day of the meeting in Vietnam, "YYYY-MM-DD". */
  meetingDay: string;
  units: ReadonlyMap<string, FollowUpUnit>;
  people: ReadonlyMap<string, FollowUpPerson>;
}

export type FollowUpField = 'text' | 'unitId' | 'personId' | 'dueOn';

export interface FollowUpProblem {
  index: number;
  field: FollowUpField;
  message: string;
}

/** What is wrong with each action, in Vietnamese; empty when all may be saved. */
export function followUpProblems(items: readonly FollowUpInput[], context: FollowUpContext): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  for (const [index, item] of items.entries()) {
    const add = (field: FollowUpField, message: string) => problems.push({ index, field, message });
    if (!item.text.trim()) add('text', 'Nội dung việc cần làm không được để trống.');
    const unit = context.units.get(item.unitId);
    if (!unit) add('unitId', 'Không tìm thấy đơn vị được giao.');
    else if (!isWithin(unit.path, context.meetingUnit.path)) add('unitId', `Đơn vị "${unit.name}" không thuộc ${context.meetingUnit.name} nên không giao việc được từ cuộc họp này.`);
    else if (!unit.isActive) add('unitId', `Đơn vị "${unit.name}" đã ngừng hoạt động.`);
    if (item.personId) {
      const person = context.people.get(item.personId);
      if (!person || !person.isActive) add('personId', 'Không tìm thấy người phụ trách (hoặc người này đã thôi sinh hoạt).');
      else if (unit && !person.unitPaths.some((path) => isWithin(path, unit.path))) add('personId', `"${person.fullName}" không sinh hoạt tại ${unit.name}.`);
    }
    if (!item.dueOn) add('dueOn', 'Cần hạn hoàn thành.');
    else if (item.dueOn < context.meetingDay) add('dueOn', `Hạn hoàn thành (${formatDayMonthYear(item.dueOn)}) không được trước ngày họp (${formatDayMonthYear(context.meetingDay)}).`);
  }
  return problems;
}

/** The notice's title (trích yếu): "Kết luận cuộc họp Sinh hoạt chi bộ tháng 3/2026 ngày 05/03/2026". */
export function noticeTitle(meetingTitle: string, meetingDay: string): string {
  return `Kết luận cuộc họp ${meetingTitle.trim()} ngày ${formatDayMonthYear(meetingDay)}`;
}

/** The collective a unit's leader signs for ("T/M CHI BỘ"); null when the unit signs as itself (a department). */
export function collectiveOf(unit: { kind: UnitKind; name: string }): string | null {
  switch (unit.kind) {
    case 'cell':
      return 'Chi bộ';
    case 'base_committee':
      return /^Chi bộ/u.test(unit.name) ? 'Chi bộ' : 'Đảng ủy';
    case 'committee':
      return 'Ban Thường vụ';
    case 'association':
      return 'Ban Chấp hành';
    case 'department':
      return null;
  }
}

const signingPositions: Partial<Record<MembershipPosition, string>> = { secretary: 'Bí thư', deputy_secretary: 'Phó Bí thư' };

/**
 * The notice is signed by whoever presided, on behalf of the unit's collective, with their
 * position in the unit when they lead it ("T/M CHI BỘ / BÍ THƯ / Nguyễn Văn A").
 */
export function noticeSignature(unit: { kind: UnitKind; name: string }, presiding: { fullName: string; position: MembershipPosition | null } | null): SignatureBlock {
  const collective = collectiveOf(unit);
  return {
    capacity: collective ? 'T/M' : null,
    onBehalfOf: collective,
    position: (presiding?.position && signingPositions[presiding.position]) || (presiding ? 'Chủ trì cuộc họp' : null),
    signer: presiding?.fullName ?? null,
  };
}

export interface NoticeSection {
  code: string;
  title: string;
  role: 'content' | 'tasks';
  text: string;
}

/**
 * The body of the notice: the conclusions (when written) as section I, then "Phân công thực
 * hiện" holding one task per action, numbered "II.1", "II.2" … (or "I.1" … without conclusions).
 */
export function noticeBody(conclusions: string, actions: number): { sections: NoticeSection[]; taskCodes: string[] } {
  const text = conclusions.trim();
  const sections: NoticeSection[] = text ? [{ code: 'I', title: 'Nội dung kết luận', role: 'content', text }] : [];
  const tasksCode = text ? 'II' : 'I';
  sections.push({ code: tasksCode, title: 'Phân công thực hiện', role: 'tasks', text: '' });
  return { sections, taskCodes: Array.from({ length: actions }, (_, index) => `${tasksCode}.${index + 1}`) };
}
