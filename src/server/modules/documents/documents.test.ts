import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let secretary: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.signIn('chuyenvien');
  leader = await t.signIn('lanhdao');
  secretary = await t.signIn('bithu');
});
afterAll(() => t.close());

const count = async (table: 'assignments' | 'documents' | 'tasks', column: string, value: string) =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column as never, '=', value as never).executeTakeFirstOrThrow()).n);

describe('document registry', () => {
  it('offers the next free number in the Party form and refuses a taken one', async () => {
    const duk = await t.unitId('DUK');
    const suggested = (await staff.get(`/api/v1/documents/next-number?issuerUnitId=${duk}&typeCode=KH&year=2026`)).json();
    expect(suggested.symbol).toMatch(/^\d+-KH\/ĐUK$/);
    const first = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: 'Kế hoạch thử số', year: 2026, number: suggested.number })).json();
    expect((await leader.post(`/api/v1/documents/${first.id}/issue`, { issuedOn: '2026-03-02' })).statusCode).toBe(200);
    const second = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: 'Kế hoạch trùng số', year: 2026 })).json();
    const clash = await leader.post(`/api/v1/documents/${second.id}/issue`, { number: suggested.number, issuedOn: '2026-04-01' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toBe(`Số ${suggested.symbol} đã được dùng cho một văn bản khác đã ban hành trong năm 2026.`);
    expect((await staff.get(`/api/v1/documents/${second.id}`)).json().status).toBe('draft');
    const next = (await staff.get(`/api/v1/documents/next-number?issuerUnitId=${duk}&typeCode=KH&year=2026`)).json();
    expect(next.number).toBeGreaterThan(suggested.number);
  });

  it('numbers an association document in the state form', async () => {
    const cdvc = await t.unitId('CDVC');
    const admin = await t.signIn('quantri');
    const suggested = (await admin.get(`/api/v1/documents/next-number?issuerUnitId=${cdvc}&typeCode=KH&year=2026`)).json();
    expect(suggested.symbol).toMatch(/^\d+\/KH-CĐVC$/);
  });

  it('issues a plan: tasks become assignments, a quarterly task once per quarter, and the document is frozen', async () => {
    const duk = await t.unitId('DUK');
    const doc = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: 'Kế hoạch tuyên truyền năm 2026', year: 2026 })).json();
    const parent = await staff.post(`/api/v1/documents/${doc.id}/tasks`, {
      code: 'II.1',
      title: 'Tuyên truyền Nghị quyết',
      timeframe: { text: 'Cả năm 2026', start: '2026-01-01', end: '2026-12-31' },
      units: [{ unitId: await t.unitId('BTG-DUK'), role: 'lead' }, { unitId: await t.unitId('SGDDT'), role: 'partner' }],
    });
    expect(parent.statusCode).toBe(201);
    const quarterly = await staff.post(`/api/v1/documents/${doc.id}/tasks`, {
      code: 'II.1.a',
      parentId: parent.json().id,
      title: 'Báo cáo dư luận xã hội hàng quý',
      timeframe: { text: 'hàng quý', start: '2026-01-01', end: '2026-12-31', recurrence: 'quarterly' },
      units: [{ unitId: await t.unitId('SGDDT'), role: 'lead' }],
    });
    expect(quarterly.statusCode).toBe(201);
    const tasks = (await staff.get(`/api/v1/documents/${doc.id}/tasks`)).json();
    expect(tasks.map((task: { code: string }) => task.code)).toEqual(['II.1', 'II.1.a']);

    expect((await staff.post(`/api/v1/documents/${doc.id}/issue`, {})).statusCode).toBe(403);
    const issued = await leader.post(`/api/v1/documents/${doc.id}/issue`, { issuedOn: '2026-01-15' });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().status).toBe('issued');
    expect(await count('assignments', 'document_id', doc.id)).toBe(2 + 4);
    const periods = await t.db.selectFrom('assignments').select(['period', 'due_on']).where('task_id', '=', quarterly.json().id).orderBy('period').execute();
    expect(periods.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);

    const edit = await staff.patch(`/api/v1/documents/${doc.id}`, { title: 'Sửa sau khi ban hành' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toBe('Văn bản đã ban hành thì không sửa được; hãy tạo phiên bản mới để đính chính.');
    expect((await staff.patch(`/api/v1/tasks/${parent.json().id}`, { title: 'Sửa' })).statusCode).toBe(409);

    const version = await staff.post(`/api/v1/documents/${doc.id}/versions`);
    expect(version.statusCode).toBe(201);
    expect(version.json()).toMatchObject({ version: 2, previousVersionId: doc.id, status: 'draft', number: issued.json().number });
    expect(await count('tasks', 'document_id', version.json().id)).toBe(2);
    expect((await leader.post(`/api/v1/documents/${version.json().id}/issue`, {})).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/documents/${doc.id}`)).json()).toMatchObject({ status: 'superseded', nextVersionId: version.json().id });
  });

  it('lets a cell cite the higher plan that assigns it work, and no other', async () => {
    const duk = await t.unitId('DUK');
    const cell = await t.unitId('SGDDT-CB1');
    const assigning = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: 'Kế hoạch giao việc cho chi bộ', year: 2026 })).json();
    await staff.post(`/api/v1/documents/${assigning.id}/tasks`, { code: '1', title: 'Sinh hoạt chuyên đề', units: [{ unitId: cell, role: 'lead' }] });
    await leader.post(`/api/v1/documents/${assigning.id}/issue`, { issuedOn: '2026-02-01' });
    const unrelated = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'KH', title: 'Kế hoạch không liên quan', year: 2026 })).json();
    await leader.post(`/api/v1/documents/${unrelated.id}/issue`, { issuedOn: '2026-02-02' });

    const cited = await secretary.post('/api/v1/documents', { issuerUnitIds: [cell], typeCode: 'KH', title: 'Kế hoạch thực hiện của chi bộ', bases: [{ documentId: assigning.id }] });
    expect(cited.statusCode).toBe(201);
    expect(cited.json().bases[0].document).toMatchObject({ id: assigning.id, title: 'Kế hoạch giao việc cho chi bộ' });
    const refused = await secretary.post('/api/v1/documents', { issuerUnitIds: [cell], typeCode: 'KH', title: 'Kế hoạch căn cứ văn bản không được giao', bases: [{ documentId: unrelated.id }] });
    expect(refused.statusCode).toBe(403);
    expect(await count('documents', 'title', 'Kế hoạch căn cứ văn bản không được giao')).toBe(0);
  });

  it('keeps tasks within the issuer reach and refuses contradictory dates without writing', async () => {
    const cell = await t.unitId('SGDDT-CB1');
    const own = (await secretary.post('/api/v1/documents', { issuerUnitIds: [cell], typeCode: 'KH', title: 'Kế hoạch của chi bộ' })).json();
    const outside = await secretary.post(`/api/v1/documents/${own.id}/tasks`, { code: '1', title: 'Việc', units: [{ unitId: await t.unitId('BTG-DUK'), role: 'lead' }] });
    expect(outside.statusCode).toBeGreaterThanOrEqual(403);
    const badDates = await secretary.post(`/api/v1/documents/${own.id}/tasks`, { code: '1', title: 'Việc', timeframe: { start: '2026-05-01', end: '2026-04-01' } });
    expect(badDates.statusCode).toBe(422);
    expect(badDates.json().detail).toContain('không được trước ngày bắt đầu');
    expect(await count('tasks', 'document_id', own.id)).toBe(0);
  });

  it('attaches an original only when its bytes are a real .pdf or .docx', async () => {
    const duk = await t.unitId('DUK');
    const doc = (await staff.post('/api/v1/documents', { issuerUnitIds: [duk], typeCode: 'HD', title: 'Hướng dẫn thử' })).json();
    const fake = await staff.upload(`/api/v1/documents/${doc.id}/files`, 'virus.pdf', 'MZ not a pdf');
    expect(fake.statusCode).toBe(422);
    const pdf = await staff.upload(`/api/v1/documents/${doc.id}/files`, 'ban-goc.pdf', '%PDF-1.4 minimal');
    expect(pdf.statusCode).toBe(201);
    const download = await staff.get(`/api/v1/files/${pdf.json().id}`);
    expect(download.body).toBe('%PDF-1.4 minimal');
    const member = await t.signIn('dangvien');
    expect((await member.get(`/api/v1/files/${pdf.json().id}`)).statusCode).toBe(403);
  });
});
