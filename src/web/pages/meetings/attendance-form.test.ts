import { describe, expect, it } from 'vitest';
import { initialMarks, markRestPresent, marksToSave, setMark, tallyMarks } from './attendance-form.ts';

const invitees = [
  { id: 'a', isGuest: false, attendance: { status: 'late' as const, reason: null } },
  { id: 'b', isGuest: false, attendance: null },
  { id: 'c', isGuest: false, attendance: null },
  { id: 'd', isGuest: false, attendance: null },
  { id: 'guest', isGuest: true, attendance: null },
];

describe('attendance form', () => {
  it('starts from the saved marks and counts as the organizer taps', () => {
    let marks = initialMarks(invitees);
    expect(tallyMarks(invitees, marks)).toMatchObject({ invited: 4, late: 1, unmarked: 3, rate: 25 });
    marks = setMark(marks, 'b', 'absent_unexcused');
    marks = setMark(marks, 'c', 'absent_excused', '  Đi công tác ');
    marks = markRestPresent(invitees, marks);
    // The guest is marked present too, but the counts and the rate are the members'.
    expect(marks.guest?.status).toBe('present');
    expect(tallyMarks(invitees, marks)).toEqual({ invited: 4, present: 1, late: 1, absentExcused: 1, absentUnexcused: 1, unmarked: 0, rate: 50 });
    // The late arrival was kept, not overwritten by "the rest present".
    expect(marks.a?.status).toBe('late');
  });

  it('keeps a reason only for an excused absence', () => {
    const marks = setMark(setMark({}, 'b', 'absent_excused', 'Ốm'), 'b', 'present', 'Ốm');
    expect(marks.b).toEqual({ status: 'present', reason: '' });
  });

  it('saves every marked invitee in one request and holds back excused absences without a reason', () => {
    const marks = setMark(setMark({}, 'b', 'absent_excused'), 'c', 'present');
    expect(marksToSave(invitees, marks)).toEqual({
      marks: [
        { inviteeId: 'b', status: 'absent_excused', reason: '' },
        { inviteeId: 'c', status: 'present', reason: null },
      ],
      missingReason: ['b'],
    });
    expect(marksToSave(invitees, setMark(marks, 'b', 'absent_excused', 'Nghỉ phép')).missingReason).toEqual([]);
  });
});
