import { describe, expect, it } from 'vitest';
import { matchPlanTarget } from './matching.ts';

describe('matching plan targets to metrics', () => {
  it('reads the thematic-meeting frequency of seed 004', () => {
    expect(
      matchPlanTarget({ text: 'thực hiện yêu cầu về tổ chức sinh hoạt chi bộ theo chuyên đề ít nhất 01 lần/01 quý', comparator: '>=', value: 1, unit: 'count', subject: 'sinh hoạt chi bộ theo chuyên đề' }),
    ).toEqual({ metricKey: 'thematic_meetings_per_cell', params: {}, subjectKind: 'cell', subjectAssociationType: null, comparator: 'gte', value: 1, periodType: 'quarter' });
    expect(matchPlanTarget({ text: 'ít nhất 04 chuyên đề sinh hoạt trong năm', comparator: '>=', value: 4, unit: 'count', subject: 'chuyên đề sinh hoạt trong năm' })).toMatchObject({
      metricKey: 'thematic_meetings_per_cell',
      value: 4,
      periodType: 'year',
    });
  });
  it('reads study participation of members of associations (seed 000) as attendance at study conferences', () => {
    expect(
      matchPlanTarget({ text: 'ít nhất 80% đoàn viên, hội viên được học tập, quán triệt Nghị quyết', comparator: '>=', value: 80, unit: 'percent', subject: 'đoàn viên, hội viên được học tập, quán triệt Nghị quyết' }),
    ).toEqual({ metricKey: 'meeting_attendance_rate', params: { meetingKind: 'study_conference' }, subjectKind: 'association', subjectAssociationType: null, comparator: 'gte', value: 80, periodType: 'year' });
  });
  it('reads "có chương trình" as the cascade of the task that holds it, and only with that task', () => {
    const target = { text: '100% các quận ủy, huyện ủy, đảng ủy cấp trên cơ sở có chương trình cải cách hành chính', comparator: '=' as const, value: 100, unit: 'percent' as const, subject: 'các quận ủy, huyện ủy, đảng ủy cấp trên cơ sở có chương trình cải cách hành chính' };
    expect(matchPlanTarget(target, 'task-1')).toMatchObject({ metricKey: 'implementing_plan_share', params: { taskId: 'task-1' }, subjectKind: 'committee', comparator: 'eq' });
    expect(matchPlanTarget(target)).toBeNull();
  });
  it('leaves what the platform does not record unmatched', () => {
    expect(matchPlanTarget({ text: '100% cán bộ, đoàn viên, hội viên đăng ký rèn luyện', comparator: '=', value: 100, unit: 'percent', subject: 'cán bộ, đoàn viên, hội viên đăng ký rèn luyện' })).toBeNull();
    expect(matchPlanTarget({ text: 'ít nhất 01 lớp bồi dưỡng nghiệp vụ', comparator: '>=', value: 1, unit: 'count', subject: 'lớp bồi dưỡng' })).toBeNull();
    expect(matchPlanTarget({ text: 'chỉ tiêu', comparator: null, value: null, unit: null, subject: null })).toBeNull();
  });
});
