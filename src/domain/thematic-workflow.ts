/**
 * The thematic cell-meeting workflow of Hướng dẫn 09-HD/ĐUK, section 2: the cell committee
 * proposes at least four topics a year (one a quarter), the cell decides their names and
 * dates, drafters are assigned, the draft paper is approved by the secretary or the cell
 * committee (or returned with comments), sent to every member before the meeting, discussed
 * at the meeting, finalized by its drafters, then sent to members and reported to the
 * higher committee.
 */
export const topicStates = ['proposed', 'decided', 'drafting', 'submitted', 'returned', 'approved', 'sent', 'discussed', 'finalized', 'reported'] as const;
export type TopicState = (typeof topicStates)[number];

export const topicStateLabels: Record<TopicState, string> = {
  proposed: 'Chi ủy dự kiến',
  decided: 'Chi bộ đã quyết định',
  drafting: 'Đang xây dựng dự thảo',
  submitted: 'Chờ duyệt dự thảo',
  returned: 'Trả lại để chỉnh sửa',
  approved: 'Dự thảo đã duyệt',
  sent: 'Đã gửi đảng viên',
  discussed: 'Đã sinh hoạt',
  finalized: 'Đã hoàn thiện',
  reported: 'Đã báo cáo cấp trên',
};

export const topicActions = ['decide', 'assign_drafters', 'submit_draft', 'return_draft', 'approve_draft', 'send_to_members', 'record_meeting', 'finalize', 'report'] as const;
export type TopicAction = (typeof topicActions)[number];

/** The part a person plays for a topic: the cell's secretary or committee lead the workflow; drafters write. */
export type TopicCapacity = 'leadership' | 'drafter' | 'member';

interface Transition {
  from: readonly TopicState[];
  to: TopicState;
  by: TopicCapacity;
}

const transitions: Record<TopicAction, Transition> = {
  decide: { from: ['proposed'], to: 'decided', by: 'leadership' },
  assign_drafters: { from: ['decided'], to: 'drafting', by: 'leadership' },
  submit_draft: { from: ['drafting', 'returned'], to: 'submitted', by: 'drafter' },
  return_draft: { from: ['submitted'], to: 'returned', by: 'leadership' },
  approve_draft: { from: ['submitted'], to: 'approved', by: 'leadership' },
  send_to_members: { from: ['approved'], to: 'sent', by: 'leadership' },
  record_meeting: { from: ['sent'], to: 'discussed', by: 'leadership' },
  finalize: { from: ['discussed'], to: 'finalized', by: 'drafter' },
  report: { from: ['finalized'], to: 'reported', by: 'leadership' },
};

const stateProblems: Partial<Record<TopicAction, string>> = {
  decide: 'Chỉ quyết định được chuyên đề đang ở bước chi ủy dự kiến.',
  assign_drafters: 'Chỉ phân công người xây dựng sau khi chi bộ đã quyết định chuyên đề.',
  submit_draft: 'Chỉ nộp dự thảo khi đang xây dựng hoặc khi dự thảo bị trả lại.',
  return_draft: 'Chỉ trả lại dự thảo đang chờ duyệt.',
  approve_draft: 'Chỉ duyệt dự thảo đang chờ duyệt.',
  send_to_members: 'Chỉ gửi đảng viên dự thảo đã được duyệt.',
  record_meeting: 'Chỉ ghi nhận buổi sinh hoạt sau khi dự thảo đã gửi đảng viên.',
  finalize: 'Chỉ hoàn thiện chuyên đề sau buổi sinh hoạt.',
  report: 'Chỉ báo cáo cấp trên chuyên đề đã hoàn thiện.',
};

const capacityProblems: Record<TopicCapacity, string> = {
  leadership: 'Chỉ bí thư hoặc chi ủy viên mới thực hiện được bước này.',
  drafter: 'Chỉ đảng viên được phân công xây dựng chuyên đề mới thực hiện được bước này.',
  member: '',
};

/** The state after `action`, or a Vietnamese reason why it is refused. The secretary may act for a drafter. */
export function applyTopicAction(state: TopicState, action: TopicAction, capacities: readonly TopicCapacity[]): { state: TopicState } | { problem: string } {
  const transition = transitions[action];
  const allowed = capacities.includes(transition.by) || (transition.by === 'drafter' && capacities.includes('leadership'));
  if (!allowed) return { problem: capacityProblems[transition.by] };
  if (!transition.from.includes(state)) return { problem: stateProblems[action]! };
  return { state: transition.to };
}

/** The actions open from a state, for the buttons a person sees. */
export function availableTopicActions(state: TopicState, capacities: readonly TopicCapacity[]): TopicAction[] {
  return topicActions.filter((action) => 'state' in applyTopicAction(state, action, capacities));
}

/** Days before the meeting by which the approved draft must reach the members (configurable per unit). */
export const defaultSendDaysBefore = 3;

/** Whether a draft sent on `sentOn` (or still unsent on `today`) misses the lead time before `meetingOn`. */
export function isSentLate(meetingOn: string, sentOn: string | null, today: string, daysBefore = defaultSendDaysBefore): boolean {
  const latest = new Date(`${meetingOn}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() - daysBefore);
  const deadline = latest.toISOString().slice(0, 10);
  return (sentOn ?? today) > deadline;
}

/** A cell must plan at least one thematic meeting in each quarter of the year. */
export function quartersWithoutTopic(year: number, plannedDates: readonly string[]): number[] {
  const covered = new Set(plannedDates.filter((date) => date.startsWith(`${year}-`)).map((date) => Math.ceil(Number(date.slice(5, 7)) / 3)));
  return [1, 2, 3, 4].filter((quarter) => !covered.has(quarter));
}
