import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsTemplateInput } from '../../../domain/reports/test-fixtures.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let staff: Client;
let member: Client;
let root: string;
let office: string;
let cell: string;

beforeAll(async () => {
  t = await createTestApp();
  [staff, member] = await Promise.all([t.signIn('chuyenvien'), t.signIn('dangvien')]);
  root = await t.unitId('DUK');
  office = await t.unitId('SGDDT');
  cell = await t.unitId('SGDDT-CB1');
});
afterAll(() => t.close());

const count = async (table: 'report_templates' | 'report_template_versions') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const auditCount = async () =>
  Number((await t.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('n')).where('entity_type', '=', 'report_template').executeTakeFirstOrThrow()).n);
const clone = <T>(value: T): T => structuredClone(value);

describe('report templates', () => {
  it('creates a template, lists it for the units it applies to, reads it and its version', async () => {
    const created = await staff.post('/api/v1/report-templates', { unitId: root, definition: meetingsTemplateInput });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ unitId: root, name: meetingsTemplateInput.name, latestVersion: 1, code: null, isActive: true });
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    // Parsed: defaults filled in (rules kept, required flags present).
    expect(body.definition.fields).toHaveLength(meetingsTemplateInput.fields.length);
    expect(body.definition.fields[0].required).toBe(true);

    const listed = await member.get(`/api/v1/report-templates?unitId=${cell}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((row: { id: string }) => row.id)).toContain(body.id);

    const read = await member.get(`/api/v1/report-templates/${body.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().definition).toEqual(body.definition);

    const version = await staff.get(`/api/v1/report-templates/${body.id}/versions/1`);
    expect(version.statusCode).toBe(200);
    expect(version.json()).toMatchObject({ templateId: body.id, version: 1, definition: body.definition });
    expect((await staff.get(`/api/v1/report-templates/${body.id}/versions/2`)).statusCode).toBe(404);

    const audit = await t.db.selectFrom('audit_entries').select(['action']).where('entity_id', '=', body.id).execute();
    expect(audit.map((row) => row.action)).toEqual(['create']);
  });

  it('adds a version and leaves the earlier one unchanged', async () => {
    const created = (await staff.post('/api/v1/report-templates', { unitId: office, definition: meetingsTemplateInput })).json();
    const v1 = (await staff.get(`/api/v1/report-templates/${created.id}/versions/1`)).json();

    const next = clone(meetingsTemplateInput) as { name: string; fields: { key: string; label: string }[] };
    next.name = 'Báo cáo sinh hoạt chi bộ hằng quý (sửa đổi)';
    next.fields = next.fields.filter((field) => field.key !== 'highlights');
    next.fields.push({ key: 'proposals', label: 'Kiến nghị', type: 'long_text' } as never);
    const added = await staff.post(`/api/v1/report-templates/${created.id}/versions`, { definition: next });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ latestVersion: 2, name: next.name });
    expect(added.json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(added.json().definition.fields.map((f: { key: string }) => f.key)).toContain('proposals');

    const again = (await staff.get(`/api/v1/report-templates/${created.id}/versions/1`)).json();
    expect(again).toEqual(v1);
    expect(again.definition.fields.map((f: { key: string }) => f.key)).toContain('highlights');
    // Stored versions cannot be changed, even by a direct write.
    await expect(t.db.updateTable('report_template_versions').set({ version: 9 }).where('template_id', '=', created.id).execute()).rejects.toThrow();
  });

  it('refuses a bad definition with 422 and field paths, writing nothing', async () => {
    const [templates, versions, audits] = [await count('report_templates'), await count('report_template_versions'), await auditCount()];
    const bad = clone(meetingsTemplateInput) as Record<string, unknown> & { fields: Record<string, unknown>[] };
    bad.periodType = 'week';
    bad.fields[1] = { ...bad.fields[1], key: 'members' };
    const response = await staff.post('/api/v1/report-templates', { unitId: office, definition: bad });
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('report_template_invalid');
    expect(problem.detail).toMatch(/^Mẫu báo cáo có \d+ chỗ chưa hợp lệ; chưa lưu gì\.$/);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain('periodType');
    for (const error of problem.errors) expect(error.message).toMatch(/[ạảãáàâăđêôơưịọụ]/i);

    const missing = await staff.post('/api/v1/report-templates', { unitId: office });
    expect(missing.statusCode).toBe(400);

    const created = (await staff.post('/api/v1/report-templates', { unitId: office, definition: meetingsTemplateInput })).json();
    const badVersion = await staff.post(`/api/v1/report-templates/${created.id}/versions`, { definition: { ...meetingsTemplateInput, fields: [] } });
    expect(badVersion.statusCode).toBe(422);
    expect(badVersion.json().errors[0].path).toBe('fields');
    expect((await staff.get(`/api/v1/report-templates/${created.id}`)).json().latestVersion).toBe(1);
    expect([await count('report_templates'), await count('report_template_versions'), await auditCount()]).toEqual([templates + 1, versions + 1, audits + 1]);
  });

  it('refuses a field naming a person (privacy rule)', async () => {
    const before = await count('report_templates');
    const definition = clone(meetingsTemplateInput) as { fields: Record<string, unknown>[] };
    definition.fields.push({ key: 'reporter_name', label: 'Họ tên người phản ánh', type: 'short_text' });
    const response = await staff.post('/api/v1/report-templates', { unitId: office, definition });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths.some((path: string) => path.startsWith(`fields.${definition.fields.length - 1}`))).toBe(true);
    expect(await count('report_templates')).toBe(before);
  });

  it('lets a member read but not define templates', async () => {
    const [templates, audits] = [await count('report_templates'), await auditCount()];
    const refused = await member.post('/api/v1/report-templates', { unitId: cell, definition: meetingsTemplateInput });
    expect(refused.statusCode).toBe(403);
    const summary = await member.post('/api/v1/report-templates/opinion-summary', { unitId: cell });
    expect(summary.statusCode).toBe(403);
    const existing = (await staff.get(`/api/v1/report-templates?unitId=${cell}`)).json()[0];
    const version = await member.post(`/api/v1/report-templates/${existing.id}/versions`, { definition: meetingsTemplateInput });
    expect(version.statusCode).toBe(403);
    expect([await count('report_templates'), await auditCount()]).toEqual([templates, audits]);
  });

  it('creates the ready opinion-summary template once per unit', async () => {
    const created = await staff.post('/api/v1/report-templates/opinion-summary', { unitId: office });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'opinion_summary', name: 'Báo cáo dư luận xã hội hằng quý', latestVersion: 1 });
    expect(created.json().definition.periodType).toBe('quarter');

    const before = await count('report_templates');
    const second = await staff.post('/api/v1/report-templates/opinion-summary', { unitId: office });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('Đơn vị đã có mẫu "Báo cáo dư luận xã hội hằng quý".');
    expect(await count('report_templates')).toBe(before);

    const listed = (await member.get(`/api/v1/report-templates?unitId=${cell}`)).json();
    expect(listed.map((row: { code: string | null }) => row.code)).toContain('opinion_summary');
  });
});
