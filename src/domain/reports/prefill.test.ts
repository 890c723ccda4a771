import { describe, expect, it } from 'vitest';
import { prefillSourcesOf, prefillValues } from './prefill.ts';
import { parseTemplate, type ReportTemplate } from './template.ts';
import { meetingsTemplateInput } from './test-fixtures.ts';

const input = structuredClone(meetingsTemplateInput) as { fields: Record<string, unknown>[] };
Object.assign(input.fields[0]!, { prefill: 'members' });
Object.assign(input.fields[4]!, { prefill: 'meetings_held' });
const parsed = parseTemplate(input);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const template: ReportTemplate = parsed.template;

describe('prefill', () => {
  it('names the figures the template asks for', () => {
    expect(prefillSourcesOf(template)).toEqual(['members', 'meetings_held']);
  });

  it('fills empty fields and keeps what the unit typed', () => {
    expect(prefillValues(template, { members: 21, meetings_held: 3, tasks_done: 9 })).toEqual({ members: 21, smallest_meeting: 3 });
    expect(prefillValues(template, { members: 21 }, { members: 19, attended: 17 })).toEqual({ members: 19, attended: 17 });
    expect(prefillValues(template, { members: 2.5 })).toEqual({});
  });

  it('is refused on fields other than whole numbers, and from unknown sources', () => {
    const bad = structuredClone(meetingsTemplateInput) as { fields: Record<string, unknown>[] };
    Object.assign(bad.fields[3]!, { prefill: 'members' });
    const result = parseTemplate(bad);
    expect(result.ok ? [] : result.issues).toEqual([{ path: ['fields', 3], message: 'Thuộc tính không dùng được ở đây: prefill.' }]);
    Object.assign(bad.fields[0]!, { prefill: 'salary' });
    delete bad.fields[3]!.prefill;
    expect(parseTemplate(bad).ok ? [] : (parseTemplate(bad) as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['fields.0.prefill']);
  });
});
