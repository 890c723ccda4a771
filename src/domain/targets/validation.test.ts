import { describe, expect, it } from 'vitest';
import { type TargetDefinition, targetProblems } from './validation.ts';

const thematic: TargetDefinition = { metricKey: 'thematic_meetings_per_cell', params: {}, subjectKind: 'cell', subjectAssociationType: null, comparator: 'gte', value: 1, periodType: 'quarter', year: 2026 };
const paths = (target: TargetDefinition, facts = { planSpan: null }) => targetProblems(target, facts).map((problem) => problem.path);
const template = {
  periodType: 'quarter',
  reporters: { by: 'unit_kind' as const, kinds: ['cell'] },
  numericFields: [
    { key: 'members', type: 'integer' as const },
    { key: 'studied', type: 'percent' as const },
  ],
};

describe('target definitions', () => {
  it('accepts a well-formed target', () => {
    expect(targetProblems(thematic, { planSpan: { start: '2026-01-01', end: '2026-12-31' } })).toEqual([]);
  });
  it('refuses a metric that cannot measure the subject, naming the field', () => {
    const problems = targetProblems({ ...thematic, subjectKind: 'association' }, { planSpan: null });
    expect(problems).toEqual([{ path: 'subjectKind', message: expect.stringContaining('không đo được đoàn thể') }]);
    expect(paths({ ...thematic, metricKey: 'pledges' })).toEqual(['metricKey']);
    expect(paths({ ...thematic, subjectAssociationType: 'union' })).toEqual(['subjectAssociationType']);
  });
  it('refuses values that make no sense for the measure', () => {
    const rate: TargetDefinition = { ...thematic, metricKey: 'meeting_attendance_rate', params: { meetingKind: 'study_conference' }, subjectKind: 'association' };
    expect(paths({ ...rate, value: 120 })).toEqual(['value']);
    expect(paths({ ...rate, value: -1 })).toEqual(['value']);
    expect(paths({ ...thematic, value: -1 })).toEqual(['value']);
    expect(paths({ ...thematic, comparator: 'eq', value: 2.5 })).toEqual(['value']);
    expect(paths({ ...thematic, value: 0 })).toEqual(['value']);
    expect(paths({ ...thematic, value: Number.NaN })).toEqual(['value']);
  });
  it('refuses a period type the metric does not judge on, or outside the plan', () => {
    expect(paths({ ...thematic, periodType: 'month' })).toEqual(['periodType']);
    expect(targetProblems(thematic, { planSpan: { start: '2025-01-01', end: '2025-12-31' } })).toEqual([{ path: 'year', message: expect.stringContaining('nằm ngoài thời gian của kế hoạch') }]);
    expect(targetProblems({ ...thematic, periodType: 'year' }, { planSpan: { start: '2026-07-01', end: '2026-12-31' } })).toEqual([
      { path: 'periodType', message: expect.stringContaining('không chứa trọn một kỳ năm') },
    ]);
    expect(paths({ ...thematic, periodType: 'half' }, { planSpan: { start: '2026-07-01', end: '2026-12-31' } } as never)).toEqual([]);
  });
  it('needs the required params, and only known ones', () => {
    const rate: TargetDefinition = { ...thematic, metricKey: 'meeting_attendance_rate', params: {}, subjectKind: 'cell', value: 80 };
    expect(targetProblems(rate, { planSpan: null })).toEqual([{ path: 'params.meetingKind', message: expect.stringContaining('cần chọn loại cuộc họp') }]);
    expect(paths({ ...rate, params: { meetingKind: 'party' } })).toEqual(['params.meetingKind']);
    expect(paths({ ...thematic, params: { extra: 'x' } })).toEqual(['params.extra']);
    const plan: TargetDefinition = { ...thematic, metricKey: 'implementing_plan_share', params: { taskId: 'x' }, subjectKind: 'base_committee', value: 100 };
    expect(targetProblems(plan, { planSpan: null, taskFound: false }).map((p) => p.path)).toEqual(['params.taskId']);
  });
  it('checks a report template param against the template', () => {
    const field: TargetDefinition = { ...thematic, metricKey: 'report_field', params: { templateId: 't', field: 'studied' }, value: 80 };
    expect(targetProblems(field, { planSpan: null, template })).toEqual([]);
    expect(paths({ ...field, value: 150 }, { planSpan: null, template } as never)).toEqual(['value']);
    expect(paths({ ...field, params: { templateId: 't', field: 'members' }, value: 150 }, { planSpan: null, template } as never)).toEqual([]);
    expect(paths({ ...field, params: { templateId: 't', field: 'nope' } }, { planSpan: null, template } as never)).toEqual(['params.field']);
    expect(paths({ ...field, periodType: 'month' }, { planSpan: null, template } as never)).toEqual(['periodType']);
    expect(paths({ ...field, subjectKind: 'base_committee' }, { planSpan: null, template } as never)).toEqual(['params.templateId']);
    expect(paths(field, { planSpan: null, template: null } as never)).toEqual(['params.templateId']);
  });
});
