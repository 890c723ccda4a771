import { describe, expect, it } from 'vitest';
import { isMetricKey, metricKeys, metricList, metrics } from './metrics.ts';

describe('metric registry', () => {
  it('describes every metric with a Vietnamese label, what it measures and what it needs', () => {
    expect(metricList().map((metric) => metric.key)).toEqual([...metricKeys]);
    for (const metric of metricList()) {
      expect(metric.label.length).toBeGreaterThan(0);
      expect(metric.subjects.length).toBeGreaterThan(0);
      expect(metric.periodTypes.length).toBeGreaterThan(0);
    }
    expect(metrics.report_field.kind).toBe('manual');
    expect(metrics.thematic_meetings_per_cell.subjects).toEqual(['cell']);
    expect(metrics.thematic_meetings_per_cell.periodTypes).not.toContain('month');
    expect(metrics.implementing_plan_share.params).toEqual([{ key: 'taskId', type: 'task', required: true }]);
    expect(isMetricKey('report_field')).toBe(true);
    expect(isMetricKey('toString')).toBe(false);
  });
});
