/**
 * The parser faces whatever users upload: it must never throw, must stay linear in the size
 * of the document, and must keep its own invariants (unique codes, parents that exist, spans
 * inside the text, start <= end).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEED_TEXTS = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const SEED_LINES = SEED_TEXTS.flatMap((text) => text.split('\n'));

function checkInvariants(text: string): void {
  const { extraction, sources } = parsePlan(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const codes = extraction.tasks.map((task) => task.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const task of extraction.tasks) {
    if (task.parentCode !== null) expect(codes.indexOf(task.parentCode)).toBeLessThan(codes.indexOf(task.code));
    const { start, end, deadline } = task.timeframe;
    if (start !== null && end !== null) expect(start <= end).toBe(true);
    if (deadline !== null) expect(end).toBe(deadline);
    const span = sources.tasks[task.code]!.task;
    expect(1 <= span.line && span.line <= span.endLine && span.endLine <= lineCount).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(extraction))).toEqual(extraction);
}

const fragment = fc.oneof(
  fc.constantFrom(...SEED_LINES),
  fc.constantFrom('I.', 'II-', '1.', '1.1.', 'a)', '-', '·', '*', '+', 'Nơi nhận:', 'T/M ĐẢNG ỦY', 'KẾ HOẠCH', 'Số 30-KH/ĐUK', '', '\t', '¹'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('robustness', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(text)),
      { numRuns: 200 },
    );
  });

  it('never throws on lines mixed from seeds, markers and noise', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (lines) => checkInvariants(lines.join('\n'))),
      { numRuns: 200 },
    );
  });

  it('never throws on truncated seeds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEED_TEXTS), fc.double({ min: 0, max: 1, noNaN: true }), (text, share) =>
        checkInvariants(text.slice(0, Math.floor(text.length * share))),
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on shuffled seed lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEED_TEXTS).chain((text) => fc.shuffledSubarray(text.split('\n'))), (lines) =>
        checkInvariants(lines.join('\n')),
      ),
      { numRuns: 100 },
    );
  });

  // Timings belong to bench/ (import.bench.ts); a super-linear parser would run past the test timeout here.
  it('parses a 30-page document (the seeds repeated to ~150 KB)', () => {
    const body = SEED_TEXTS.join('\n\n');
    const document = Array.from({ length: Math.ceil(150_000 / body.length) }, () => body).join('\n\n');
    expect(document.length).toBeGreaterThan(150_000);
    expect(parsePlan(document).extraction.tasks.length).toBeGreaterThan(300);
  });

  it('reads pathological lines without stalling', () => {
    const lines = [
      'Ban '.repeat(5000),
      'chủ trì '.repeat(5000),
      `${'Công đoàn Viên chức Thành phố, '.repeat(2000)}chủ trì`,
      'phối hợp với '.repeat(3000),
      '1.1.1.1.1.1.1.1.1.1.1.1 '.repeat(500),
      '*a* '.repeat(10_000),
      `- ${'ít nhất 1 '.repeat(3000)}`,
      `Riêng ${'a, '.repeat(5000)}`,
      '('.repeat(20_000),
      'Câu văn ngắn. '.repeat(20_000),
      'Ban Tuyên giáo định hướng, phối hợp với Văn phòng. '.repeat(3000),
      'a '.repeat(50_000),
      'hàng quý, trước ngày 1/2/2018; '.repeat(5000),
    ];
    for (const line of lines) expect(() => parsePlan(`I. NHIỆM VỤ\n1. ${line}`)).not.toThrow();
  });
});
