/**
 * Attendance of a meeting (Hướng dẫn 09-HD/ĐUK: "số đảng viên có mặt, vắng mặt (có lý do,
 * không có lý do)"), and the counts and rates drawn from it. A late arrival attended.
 */
export const attendanceStatuses = ['present', 'late', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceLabels: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  late: 'Đến muộn',
  absent_excused: 'Vắng có lý do',
  absent_unexcused: 'Vắng không lý do',
};

export interface AttendanceMark {
  status: AttendanceStatus;
  reason?: string | null;
}

/** A Vietnamese reason when a mark is incomplete, else null. */
export function attendanceProblem(mark: AttendanceMark): string | null {
  if (mark.status === 'absent_excused' && !mark.reason?.trim()) return 'Vắng có lý do thì cần ghi lý do.';
  if (mark.status !== 'absent_excused' && mark.reason?.trim()) return 'Chỉ ghi lý do cho người vắng có lý do.';
  return null;
}

export interface AttendanceSummary {
  invited: number;
  present: number;
  late: number;
  absentExcused: number;
  absentUnexcused: number;
  /** Invited people nobody has marked yet. */
  unmarked: number;
  /** Share of the invited who attended (present or late), 0–100 with one decimal; null with nobody invited. */
  rate: number | null;
}

export function summarizeAttendance(invited: number, marks: readonly Pick<AttendanceMark, 'status'>[]): AttendanceSummary {
  const count = (status: AttendanceStatus) => marks.filter((mark) => mark.status === status).length;
  const present = count('present');
  const late = count('late');
  return {
    invited,
    present,
    late,
    absentExcused: count('absent_excused'),
    absentUnexcused: count('absent_unexcused'),
    unmarked: Math.max(0, invited - marks.length),
    rate: invited === 0 ? null : Math.round((1000 * (present + late)) / invited) / 10,
  };
}
