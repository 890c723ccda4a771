import { describe, expect, it } from 'vitest';
import type { MetricInfo, Target } from '../../api/targets.ts';
import { formValuesOf, metricsFor, periodTypesOf, targetBody, valueProblem } from './target-form.ts';

const metric = (key: MetricInfo['key'], over: Partial<MetricInfo> = {}): MetricInfo => ({
  key,
  label: key,
  labelEn: key,
  description: '',
  measure: 'percent',
  subjects: ['cell', 'base_committee', 'committee', 'association'],
  params: [],
  kind: 'computed',
  periodTypes: ['month', 'quarter', 'half', 'year'],
  ...over,
});

const thematic = metric('thematic_meetings_per_cell', { measure: 'count', subjects: ['cell'], periodTypes: ['quarter', 'half', 'year'] });
const attendance = metric('meeting_attendance_rate', { params: [{ key: 'meetingKind', type: 'meeting_kind', required: true }] });

describe('target form', () => {
  it('offers the metrics that can measure the subject', () => {
    expect(metricsFor([thematic, attendance], 'association').map((m) => m.key)).toEqual(['meeting_attendance_rate']);
    expect(metricsFor([thematic, attendance], 'cell')).toHaveLength(2);
    expect(metricsFor([thematic, attendance], undefined)).toHaveLength(2);
  });

  it('offers the period types the metric may be judged on', () => {
    expect(periodTypesOf(thematic)).toEqual(['quarter', 'half', 'year']);
    expect(periodTypesOf(attendance)).toEqual(['month', 'quarter', 'half', 'year']);
  });

  it('checks the value against the measure and comparator', () => {
    expect(valueProblem(120, 'percent', 'gte')).toBe('targets.percentRange');
    expect(valueProblem(80, 'percent', 'gte')).toBeNull();
    expect(valueProblem(-1, 'count', 'gte')).toBe('targets.countRange');
    expect(valueProblem(2.5, 'count', 'eq')).toBe('targets.countWhole');
    expect(valueProblem(2.5, 'count', 'gte')).toBeNull();
    expect(valueProblem(undefined, 'count', 'gte')).toBeNull();
  });

  it('builds the body with only the metric’s own params, and the association type only for associations', () => {
    const body = targetBody(
      { text: ' Ít nhất 80% đoàn viên dự học tập ', subjectKind: 'cell', subjectAssociationType: 'union', metricKey: 'meeting_attendance_rate', params: { meetingKind: 'study_conference', templateId: 'x', other: '' }, comparator: 'gte', value: 80, periodType: 'year' },
      attendance,
      'unit-1',
      2026,
    );
    expect(body).toEqual({ unitId: 'unit-1', year: 2026, documentId: null, text: 'Ít nhất 80% đoàn viên dự học tập', subjectKind: 'cell', subjectAssociationType: null, metricKey: 'meeting_attendance_rate', params: { meetingKind: 'study_conference' }, comparator: 'gte', value: 80, periodType: 'year' });
  });

  it('starts a new target on the usual choices, and an edit on the target’s own', () => {
    expect(formValuesOf(null)).toMatchObject({ subjectKind: 'cell', comparator: 'gte', periodType: 'quarter' });
    const target = { text: 'x', documentId: 'd', subjectKind: 'association', subjectAssociationType: 'youth', metricKey: 'm', params: { a: 'b' }, comparator: 'eq', value: 100, periodType: 'year' } as unknown as Target;
    expect(formValuesOf(target)).toEqual({ text: 'x', documentId: 'd', subjectKind: 'association', subjectAssociationType: 'youth', metricKey: 'm', params: { a: 'b' }, comparator: 'eq', value: 100, periodType: 'year' });
  });
});
