import { describe, expect, it } from 'vitest';
import { emptyTimeframe } from '../../../domain/timeframe.ts';
import type { ImportPreview } from '../../api/plan-imports.ts';
import { initialReview, recodeTask, removeTask, type ReviewTask, saveBody, spanOver, taskDepths, taskSpan, unmatchedNames } from './review-state.ts';

const task = (code: string, parentCode: string | null, lead: string[] = [], partners: string[] = []) => ({ code, parentCode, title: `Việc ${code}`, description: '', lead, partners, timeframe: emptyTimeframe() });

const preview = {
  fileName: 'ke-hoach.txt',
  fileKind: 'txt',
  sourceText: 'KẾ HOẠCH\nViệc',
  extraction: {
    document: { number: '30', typeCode: 'KH', issuerCode: 'ĐUK', kind: 'plan', title: 'Kế hoạch', place: null, issuedOn: null, bases: [], recipients: ['ĐUK', 'Lưu'], signature: null },
    sections: [{ code: 'II', title: 'NHIỆM VỤ', role: 'tasks' }],
    tasks: [task('II.1', null, ['Đoàn Khối']), task('II.1.a', 'II.1', ['Bí thư cấp ủy'], ['Đoàn Khối']), task('II.1.a.1', 'II.1.a'), task('II.2', null)],
    targets: [],
  },
  sources: {
    document: { number: null, kind: null, title: null, placeAndDate: null, bases: [], recipients: [], signature: null },
    sections: {},
    tasks: { 'II.1': { task: { line: 3, endLine: 5 }, title: { line: 3, endLine: 3 }, timeframe: null, assignment: { line: 4, endLine: 4 } } },
    targets: [],
  },
  unitMatches: [
    { name: 'Đoàn Khối', candidates: [{ unitId: 'dk', name: 'Đoàn Thanh niên Khối', shortName: 'Đoàn Khối', score: 1 }], unitId: 'dk' },
    { name: 'Bí thư cấp ủy', candidates: [], unitId: null },
  ],
} satisfies ImportPreview;

describe('the review of an imported plan', () => {
  it('starts from the proposal: preselected units, the working unit as issuer, unmatched names listed', () => {
    const review = initialReview(preview, 'duk');
    expect(review.mapping).toEqual({ 'Đoàn Khối': 'dk', 'Bí thư cấp ủy': null });
    expect(review.issuerUnitIds).toEqual(['duk']);
    expect(unmatchedNames(review)).toEqual(['Bí thư cấp ủy']);
    expect(unmatchedNames({ ...review, mapping: { ...review.mapping, 'Bí thư cấp ủy': 'cb' } })).toEqual([]);
  });

  it('nests tasks by their parents and removes a task with its sub-tasks', () => {
    const { tasks } = initialReview(preview, null);
    expect([...taskDepths(tasks).values()]).toEqual([0, 1, 2, 0]);
    expect(removeTask(tasks, 'II.1').map((item) => item.code)).toEqual(['II.2']);
  });

  it('renumbers a task with its sub-tasks following, and keeps finding its source lines', () => {
    const review = initialReview(preview, null);
    const tasks: ReviewTask[] = recodeTask(review.tasks, 'II.1', 'II.3');
    expect(tasks.map((item) => [item.code, item.parentCode])).toEqual([
      ['II.3', null],
      ['II.1.a', 'II.3'],
      ['II.1.a.1', 'II.1.a'],
      ['II.2', null],
    ]);
    expect(taskSpan(preview.sources, tasks[0]!.key, 'assignment')).toEqual({ line: 4, endLine: 4 });
    expect(taskSpan(preview.sources, tasks[0]!.key, 'timeframe')).toEqual({ line: 3, endLine: 3 });
    expect(taskSpan(preview.sources, 'new-1', 'title')).toBeNull();
  });

  it('saves the edited extraction with the mapping of the names still on tasks, unmatched ones as null', () => {
    const review = initialReview(preview, 'duk');
    const edited = { ...review, document: { ...review.document, recipients: ['ĐUK', '  ', ' Lưu VP '] }, tasks: removeTask(review.tasks, 'II.1.a'), issuerUnitIds: ['duk', null] };
    const body = saveBody(edited);
    expect(body.unitMapping).toEqual({ 'Đoàn Khối': 'dk' });
    expect(body.issuerUnitIds).toEqual(['duk']);
    expect(body.extraction.document.recipients).toEqual(['ĐUK', 'Lưu VP']);
    expect(body.extraction.tasks[0]).not.toHaveProperty('key');
    expect(saveBody(review).unitMapping).toEqual({ 'Đoàn Khối': 'dk', 'Bí thư cấp ủy': null });
  });

  it('covers several spans with one', () => {
    expect(spanOver([{ line: 40, endLine: 41 }, null, { line: 38, endLine: 38 }])).toEqual({ line: 38, endLine: 41 });
    expect(spanOver([])).toBeNull();
  });
});
