import { describe, expect, it } from 'vitest';
import { groupByMonth, instantOf, meetingTimeText, meetingsByDay, monthGrid, monthLabel, monthRange, shiftMonth } from './meeting-calendar.ts';

describe('meeting calendar', () => {
  it('groups meetings by their month in Vietnam, in time order', () => {
    const meetings = [
      { id: 'b', startsAt: '2026-04-02T01:00:00.000Z' },
      // 31/03 23:30 UTC is already 1 April in Vietnam.
      { id: 'c', startsAt: '2026-03-31T23:30:00.000Z' },
      { id: 'a', startsAt: '2026-03-05T12:30:00.000Z' },
    ];
    expect(groupByMonth(meetings).map((group) => [group.month, group.meetings.map((meeting) => meeting.id)])).toEqual([
      ['2026-03', ['a']],
      ['2026-04', ['c', 'b']],
    ]);
    expect([...meetingsByDay(meetings).keys()].sort()).toEqual(['2026-03-05', '2026-04-01', '2026-04-02']);
  });

  it('lays a month out in Monday-first weeks', () => {
    // March 2026 starts on a Sunday: the first row starts on Monday 23 February.
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toEqual({ date: '2026-02-23', inMonth: false });
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(weeks[5]![1]).toEqual({ date: '2026-03-31', inMonth: true });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // February 2021 fills exactly four weeks.
    expect(monthGrid('2021-02')).toHaveLength(4);
  });

  it('moves between months and names them', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthLabel('2026-03')).toBe('3/2026');
  });

  it('writes times in Vietnam and reads the form back as an instant with its offset', () => {
    expect(instantOf('2026-03-05', '19:30')).toBe('2026-03-05T19:30:00+07:00');
    expect(meetingTimeText('2026-03-05T12:30:00.000Z', '2026-03-05T14:30:00.000Z')).toBe('05/03/2026 19:30–21:30');
    expect(meetingTimeText('2026-03-05T01:00:00.000Z', '2026-03-06T10:00:00.000Z')).toBe('05/03/2026 08:00–06/03/2026 17:00');
  });
});
