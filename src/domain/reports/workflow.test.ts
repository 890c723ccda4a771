import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReportAction, availableReportActions, isEditable, reportActions, reportStates, type ReportCapacity } from './workflow.ts';

describe('report workflow', () => {
  it('runs draft → submitted → returned → submitted → approved → reopened', () => {
    expect(applyReportAction('draft', 'save_draft', ['reporter'])).toEqual({ state: 'draft' });
    expect(applyReportAction('draft', 'submit', ['reporter'])).toEqual({ state: 'submitted' });
    expect(applyReportAction('submitted', 'return', ['receiver'], { comment: 'Bổ sung số liệu quý.' })).toEqual({ state: 'returned' });
    expect(applyReportAction('returned', 'save_draft', ['reporter'])).toEqual({ state: 'draft' });
    expect(applyReportAction('returned', 'submit', ['reporter'])).toEqual({ state: 'submitted' });
    expect(applyReportAction('submitted', 'approve', ['approver'])).toEqual({ state: 'approved' });
    expect(applyReportAction('approved', 'reopen', ['approver'], { comment: 'Sai số liệu.' })).toEqual({ state: 'returned' });
  });

  it('locks approved and submitted reports against the reporter', () => {
    expect(applyReportAction('approved', 'save_draft', ['reporter'])).toEqual({ problem: 'Báo cáo đã gửi hoặc đã duyệt không sửa được; chỉ sửa khi đang soạn hoặc bị trả lại.' });
    expect(applyReportAction('submitted', 'submit', ['reporter'])).toMatchObject({ problem: expect.stringMatching(/^Chỉ gửi được/) });
    expect(isEditable('approved')).toBe(false);
    expect(isEditable('returned')).toBe(true);
  });

  it('keeps each step to its capacity', () => {
    expect(applyReportAction('draft', 'submit', ['receiver', 'approver'])).toEqual({ problem: 'Chỉ đơn vị báo cáo mới gửi được báo cáo này.' });
    expect(applyReportAction('submitted', 'approve', ['receiver'])).toEqual({ problem: 'Chỉ lãnh đạo đơn vị nhận báo cáo mới duyệt được.' });
    expect(applyReportAction('approved', 'reopen', ['receiver'], { comment: 'x' })).toMatchObject({ problem: expect.any(String) });
  });

  it('needs a comment to return or reopen', () => {
    expect(applyReportAction('submitted', 'return', ['receiver'], { comment: '  ' })).toEqual({ problem: 'Cần ghi ý kiến khi trả lại báo cáo.' });
    expect(applyReportAction('approved', 'reopen', ['approver'])).toEqual({ problem: 'Cần ghi lý do mở lại báo cáo đã duyệt.' });
  });

  it('approves with reports below missing only when the gap is accepted', () => {
    expect(applyReportAction('submitted', 'approve', ['approver'], { missingBelow: 2 })).toEqual({
      problem: 'Còn 2 báo cáo cấp dưới chưa được duyệt; hãy chờ hoặc xác nhận duyệt khi còn thiếu.',
    });
    expect(applyReportAction('submitted', 'approve', ['approver'], { missingBelow: 2, acceptGap: true })).toEqual({ state: 'approved' });
  });

  it('offers exactly the actions that apply', () => {
    const capacities = fc.subarray<ReportCapacity>(['reporter', 'receiver', 'approver']);
    fc.assert(fc.property(fc.constantFrom(...reportStates), capacities, (state, held) => {
      const offered = availableReportActions(state, held);
      for (const action of reportActions) {
        const result = applyReportAction(state, action, held, { comment: 'ý kiến', acceptGap: true });
        expect(offered.includes(action)).toBe('state' in result);
      }
    }));
    expect(availableReportActions('submitted', ['receiver'])).toEqual(['return']);
  });
});
