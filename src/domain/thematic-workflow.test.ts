import { describe, expect, it } from 'vitest';
import { applyTopicAction, availableTopicActions, isSentLate, quartersWithoutTopic, topicActions, topicStates, type TopicAction, type TopicState } from './thematic-workflow.ts';

const happyPath: [TopicAction, TopicState][] = [
  ['decide', 'decided'],
  ['assign_drafters', 'drafting'],
  ['submit_draft', 'submitted'],
  ['return_draft', 'returned'],
  ['submit_draft', 'submitted'],
  ['approve_draft', 'approved'],
  ['send_to_members', 'sent'],
  ['record_meeting', 'discussed'],
  ['finalize', 'finalized'],
  ['report', 'reported'],
];

describe('thematic-meeting workflow', () => {
  it('walks the guidance from proposal to the report to the higher committee', () => {
    let state: TopicState = 'proposed';
    for (const [action, expected] of happyPath) {
      const capacity = action === 'submit_draft' || action === 'finalize' ? 'drafter' : 'leadership';
      const result = applyTopicAction(state, action, [capacity]);
      expect(result, `${state} → ${action}`).toEqual({ state: expected });
      state = expected;
    }
  });

  it('allows exactly the listed transitions from every state', () => {
    const allowed = new Set(['proposed:decide', 'decided:assign_drafters', 'drafting:submit_draft', 'returned:submit_draft', 'submitted:return_draft', 'submitted:approve_draft', 'approved:send_to_members', 'sent:record_meeting', 'discussed:finalize', 'finalized:report']);
    for (const state of topicStates) {
      for (const action of topicActions) {
        const result = applyTopicAction(state, action, ['leadership']);
        expect('state' in result, `${state}:${action}`).toBe(allowed.has(`${state}:${action}`));
      }
    }
  });

  it('refuses approval by a drafter or a member, and drafting steps by a plain member', () => {
    expect(applyTopicAction('submitted', 'approve_draft', ['drafter'])).toEqual({ problem: 'Chỉ bí thư hoặc chi ủy viên mới thực hiện được bước này.' });
    expect(applyTopicAction('submitted', 'approve_draft', ['member'])).toHaveProperty('problem');
    expect(applyTopicAction('drafting', 'submit_draft', ['member'])).toEqual({ problem: 'Chỉ đảng viên được phân công xây dựng chuyên đề mới thực hiện được bước này.' });
    expect(applyTopicAction('drafting', 'submit_draft', ['leadership'])).toEqual({ state: 'submitted' });
  });

  it('offers the buttons a person may press', () => {
    expect(availableTopicActions('submitted', ['leadership'])).toEqual(['return_draft', 'approve_draft']);
    expect(availableTopicActions('submitted', ['drafter'])).toEqual([]);
    expect(availableTopicActions('returned', ['drafter'])).toEqual(['submit_draft']);
  });

  it('warns when the draft reaches members later than three days before the meeting', () => {
    expect(isSentLate('2026-03-20', '2026-03-17', '2026-03-18')).toBe(false);
    expect(isSentLate('2026-03-20', '2026-03-18', '2026-03-18')).toBe(true);
    expect(isSentLate('2026-03-20', null, '2026-03-16')).toBe(false);
    expect(isSentLate('2026-03-20', null, '2026-03-18')).toBe(true);
    expect(isSentLate('2026-03-20', '2026-03-15', '2026-03-18', 7)).toBe(true);
  });

  it('names the quarters of the year without a planned topic', () => {
    expect(quartersWithoutTopic(2026, ['2026-02-10', '2026-05-12', '2026-11-03', '2025-08-01'])).toEqual([3]);
    expect(quartersWithoutTopic(2026, [])).toEqual([1, 2, 3, 4]);
  });
});
