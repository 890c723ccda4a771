/**
 * The five seed documents against hand-checked extractions (fixtures/*.expected.json, written
 * by reading each seed). Prints the per-field precision/recall table over all seeds and holds
 * the headline fields to a floor.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan.ts';
import {
  combineTallies,
  fieldDifferences,
  fieldNames,
  formatScoreTable,
  HEADLINE_FIELDS,
  tallyExtraction,
  type FieldTally,
} from './scoring.ts';
import type { PlanExtraction } from './types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEEDS = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''));

const HEADLINE_FLOOR = 0.9;
const OTHER_FLOOR = 0.75;

function load(seed: string): { actual: PlanExtraction; expected: PlanExtraction } {
  const text = readFileSync(join(FIXTURES, `${seed}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${seed}.expected.json`), 'utf8')) as PlanExtraction;
  return { actual: parsePlanText(text), expected };
}

describe('golden seeds', () => {
  it('has the five seeds with their expected extractions', () => {
    expect(SEEDS).toHaveLength(5);
  });

  describe.each(SEEDS)('%s', (seed) => {
    const { actual, expected } = load(seed);

    it('reads the document header, bases, recipients and signature exactly', () => {
      expect(actual.document).toEqual(expected.document);
    });

    it('finds the sections', () => {
      expect(actual.sections).toEqual(expected.sections);
    });

    it('finds the task tree', () => {
      expect(actual.tasks.map((task) => [task.code, task.parentCode])).toEqual(
        expected.tasks.map((task) => [task.code, task.parentCode]),
      );
    });

    it('prints exactly the JSON contract', () => {
      const keys = (value: object) => Object.keys(value);
      expect(keys(actual)).toEqual(['document', 'sections', 'tasks', 'targets']);
      expect(keys(actual.document)).toEqual(keys(expected.document));
      for (const task of actual.tasks) {
        expect(keys(task)).toEqual(['code', 'parentCode', 'title', 'description', 'lead', 'partners', 'timeframe']);
        expect(keys(task.timeframe)).toEqual(['text', 'start', 'end', 'deadline', 'peaks', 'recurrence']);
      }
    });
  });

  it('scores every field over all seeds', () => {
    const tallies: FieldTally[][] = [];
    const report: string[] = [];
    for (const seed of SEEDS) {
      const { actual, expected } = load(seed);
      tallies.push(tallyExtraction(expected, actual));
      for (const field of fieldNames()) {
        const { missing, extra } = fieldDifferences(expected, actual, field);
        for (const item of missing) report.push(`${seed} ${field} missing: ${item.slice(0, 160)}`);
        for (const item of extra) report.push(`${seed} ${field} extra:   ${item.slice(0, 160)}`);
      }
    }
    const scores = combineTallies(tallies);
    console.log(`Per-field precision/recall over ${SEEDS.length} seeds\n${formatScoreTable(scores)}`);
    if (report.length > 0) console.log(`Differences:\n${report.join('\n')}`);
    for (const score of scores) {
      const floor = (HEADLINE_FIELDS as readonly string[]).includes(score.field) ? HEADLINE_FLOOR : OTHER_FLOOR;
      expect(score.precision, `${score.field} precision`).toBeGreaterThanOrEqual(floor);
      expect(score.recall, `${score.field} recall`).toBeGreaterThanOrEqual(floor);
    }
  });
});
