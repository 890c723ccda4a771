import { describe, expect, it } from 'vitest';
import { attendanceProblem, summarizeAttendance } from './attendance.ts';

describe('attendance', () => {
  it('needs a reason exactly for an excused absence', () => {
    expect(attendanceProblem({ status: 'absent_excused', reason: '  ' })).toBe('Vắng có lý do thì cần ghi lý do.');
    expect(attendanceProblem({ status: 'absent_excused', reason: 'Đi công tác' })).toBeNull();
    expect(attendanceProblem({ status: 'present', reason: 'Đi công tác' })).toBe('Chỉ ghi lý do cho người vắng có lý do.');
    expect(attendanceProblem({ status: 'absent_unexcused' })).toBeNull();
  });

  it('counts attendance, with late arrivals attending and unmarked people apart', () => {
    const summary = summarizeAttendance(12, [{ status: 'present' }, { status: 'present' }, { status: 'late' }, { status: 'absent_excused' }, { status: 'absent_unexcused' }]);
    expect(summary).toEqual({ invited: 12, present: 2, late: 1, absentExcused: 1, absentUnexcused: 1, unmarked: 7, rate: 25 });
    expect(summarizeAttendance(0, []).rate).toBeNull();
    expect(summarizeAttendance(3, [{ status: 'present' }, { status: 'present' }]).rate).toBe(66.7);
  });
});
