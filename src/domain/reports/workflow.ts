/**
 * The life of one unit's report for one period: the reporting unit saves drafts and submits;
 * the receiving unit returns it for revision with a comment, or approves it — only once the
 * reports it aggregates are in, or when the approver explicitly accepts the gap. Approved
 * reports are locked; reopening one needs a reason (the server writes it to the audit log).
 * Nothing is ever lost: a draft that fails validation is still saved as a draft.
 */
export const reportStates = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof reportStates)[number];

export const reportStateLabels: Record<ReportState, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ duyệt',
  returned: 'Bị trả lại để chỉnh sửa',
  approved: 'Đã duyệt (khóa)',
};

export const reportActions = ['save_draft', 'submit', 'return', 'approve', 'reopen'] as const;
export type ReportAction = (typeof reportActions)[number];

/**
 * The part a person plays for a report: `reporter` — the reporting unit's secretary or staff;
 * `receiver` — staff of the receiving unit (collect, return); `approver` — its leader.
 */
export type ReportCapacity = 'reporter' | 'receiver' | 'approver';

interface Transition {
  from: readonly ReportState[];
  to: ReportState;
  by: readonly ReportCapacity[];
}

const transitions: Record<ReportAction, Transition> = {
  save_draft: { from: ['draft', 'returned'], to: 'draft', by: ['reporter'] },
  submit: { from: ['draft', 'returned'], to: 'submitted', by: ['reporter'] },
  return: { from: ['submitted'], to: 'returned', by: ['receiver', 'approver'] },
  approve: { from: ['submitted'], to: 'approved', by: ['approver'] },
  reopen: { from: ['approved'], to: 'returned', by: ['approver'] },
};

const stateProblems: Record<ReportAction, string> = {
  save_draft: 'Báo cáo đã gửi hoặc đã duyệt không sửa được; chỉ sửa khi đang soạn hoặc bị trả lại.',
  submit: 'Chỉ gửi được báo cáo đang soạn hoặc bị trả lại.',
  return: 'Chỉ trả lại được báo cáo đang chờ duyệt.',
  approve: 'Chỉ duyệt được báo cáo đang chờ duyệt.',
  reopen: 'Chỉ mở lại được báo cáo đã duyệt.',
};

const capacityProblems: Record<ReportAction, string> = {
  save_draft: 'Chỉ đơn vị báo cáo mới soạn được báo cáo này.',
  submit: 'Chỉ đơn vị báo cáo mới gửi được báo cáo này.',
  return: 'Chỉ đơn vị nhận báo cáo mới trả lại được.',
  approve: 'Chỉ lãnh đạo đơn vị nhận báo cáo mới duyệt được.',
  reopen: 'Chỉ lãnh đạo đơn vị nhận báo cáo mới mở lại được báo cáo đã duyệt.',
};

export interface ActionContext {
  /** Required to return or reopen. */
  comment?: string;
  /** Reports of units below that this report aggregates and that are not approved yet. */
  missingBelow?: number;
  /** The approver accepts approving with reports below missing. */
  acceptGap?: boolean;
}

/** The state after `action`, or a Vietnamese reason why it is refused. */
export function applyReportAction(
  state: ReportState,
  action: ReportAction,
  capacities: readonly ReportCapacity[],
  context: ActionContext = {},
): { state: ReportState } | { problem: string } {
  const transition = transitions[action];
  if (!transition.by.some((capacity) => capacities.includes(capacity))) return { problem: capacityProblems[action] };
  if (!transition.from.includes(state)) return { problem: stateProblems[action] };
  if ((action === 'return' || action === 'reopen') && !context.comment?.trim()) {
    return { problem: action === 'return' ? 'Cần ghi ý kiến khi trả lại báo cáo.' : 'Cần ghi lý do mở lại báo cáo đã duyệt.' };
  }
  const missing = context.missingBelow ?? 0;
  if (action === 'approve' && missing > 0 && !context.acceptGap) {
    return { problem: `Còn ${missing} báo cáo cấp dưới chưa được duyệt; hãy chờ hoặc xác nhận duyệt khi còn thiếu.` };
  }
  return { state: transition.to };
}

/** Whether one of the capacities may take the action at all (in some state). */
export function capacityAllows(action: ReportAction, capacities: readonly ReportCapacity[]): boolean {
  return transitions[action].by.some((capacity) => capacities.includes(capacity));
}

/** The actions open from a state, for the buttons a person sees (before the comment and gap checks). */
export function availableReportActions(state: ReportState, capacities: readonly ReportCapacity[]): ReportAction[] {
  return reportActions.filter((action) => {
    const transition = transitions[action];
    return transition.from.includes(state) && transition.by.some((capacity) => capacities.includes(capacity));
  });
}

/** Whether the values of a report in this state may change. */
export function isEditable(state: ReportState): boolean {
  return state === 'draft' || state === 'returned';
}
