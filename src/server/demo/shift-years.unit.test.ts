import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../importer/parse-plan.ts';
import { shiftDate, shiftExtraction } from './shift-years.ts';
import { readFileSync } from 'node:fs';

describe('moving a seed plan to the demo year', () => {
  it('keeps the calendar day, clamping 29 February', () => {
    expect(shiftDate('2018-04-13', 8)).toBe('2026-04-13');
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate('2023-02-28', 1)).toBe('2024-02-28');
  });

  it('moves the plan date and every timeframe date, but not the documents it cites', () => {
    const extraction = parsePlanText(readFileSync(new URL('../../importer/fixtures/002_65f7188428fed69d.txt', import.meta.url), 'utf8'));
    const shifted = shiftExtraction(extraction, 8);
    expect(extraction.document.issuedOn).toBe('2018-03-26');
    expect(shifted.document.issuedOn).toBe('2026-03-26');
    const deadlines = shifted.tasks.map((task) => task.timeframe.deadline).filter(Boolean);
    expect(deadlines).toContain('2026-04-13');
    const peaks = shifted.tasks.flatMap((task) => task.timeframe.peaks);
    expect(peaks.length).toBeGreaterThan(0);
    expect(peaks.every((peak) => peak.start.startsWith('2026') && peak.end.startsWith('2026'))).toBe(true);
    expect(shifted.document.bases).toEqual(extraction.document.bases);
    const texts = shifted.tasks.map((task) => task.timeframe.text ?? '');
    expect(texts.some((text) => text.includes('2026'))).toBe(true);
    expect(texts.some((text) => text.includes('2018'))).toBe(false);
    expect(shifted.tasks[0]!.title).toBe(extraction.tasks[0]!.title);
  });
});
