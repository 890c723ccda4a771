import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('quantri');
});
afterAll(() => t.close());

describe('people', () => {
  it('lists the members under a unit and searches without diacritics', async () => {
    const cell = await t.unitId('SGDDT-CB1');
    const list = (await admin.get(`/api/v1/people?unitId=${cell}`)).json();
    expect(list.items.length).toBeGreaterThanOrEqual(5);
    expect(list.items.every((p: { memberships: { unitId: string }[] }) => p.memberships.some((m) => m.unitId === cell))).toBe(true);
    const someone = list.items[0];
    const folded = someone.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const found = (await admin.get(`/api/v1/people?unitId=${cell}&search=${encodeURIComponent(folded)}`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toContain(someone.id);
  });

  it('lists names starting with the search first, then the others, paging across both', async () => {
    const cell = await t.unitId('SKHCN');
    for (const fullName of ['Khổng Văn Bảo', 'Nguyễn Khổng Anh', 'Khổng Thị Cúc', 'Trần Văn Khổng']) {
      expect((await admin.post('/api/v1/people', { fullName, unitId: cell, partyStatus: 'full' })).statusCode).toBe(201);
    }
    const all = (await admin.get(`/api/v1/people?unitId=${cell}&search=khong`)).json().items.map((p: { fullName: string }) => p.fullName);
    expect(all).toEqual(['Khổng Thị Cúc', 'Khổng Văn Bảo', 'Nguyễn Khổng Anh', 'Trần Văn Khổng']);
    const paged: string[] = [];
    for (let offset = 0; offset < 5; offset++) {
      const page = (await admin.get(`/api/v1/people?unitId=${cell}&search=${encodeURIComponent('khổng')}&limit=1&offset=${offset}`)).json();
      paged.push(...page.items.map((p: { fullName: string }) => p.fullName));
      expect(page.hasMore).toBe(offset < 3);
    }
    expect(paged).toEqual(all);
  });

  it('adds a person with a membership, edits, and keeps the audit trail', async () => {
    const cell = await t.unitId('STP-CB2');
    const created = await admin.post('/api/v1/people', { fullName: '  Lê   Thị Hồng  ', unitId: cell, partyStatus: 'probationary', gender: 'female', birthYear: 1995, memberCode: 'TEST-001' });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person.fullName).toBe('Lê Thị Hồng');
    expect(person.memberships).toHaveLength(1);
    const edited = await admin.patch(`/api/v1/people/${person.id}`, { partyStatus: 'full', partyJoinedOn: '2025-05-19' });
    expect(edited.json().partyStatus).toBe('full');
    const audit = await t.db.selectFrom('audit_entries').select(['action', 'entity_type', 'before', 'after']).where('entity_id', '=', person.id).orderBy('occurred_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.after).toEqual({ party_status: 'full', party_joined_on: '2025-05-19' });
    const duplicate = await admin.post('/api/v1/people', { fullName: 'Người khác', unitId: cell, partyStatus: 'full', memberCode: 'TEST-001' });
    expect(duplicate.statusCode).toBe(409);
  });

  it('refuses a non-member in a Party unit and a second Party membership', async () => {
    const cell = await t.unitId('STP-CB1');
    const nonMember = await admin.post('/api/v1/people', { fullName: 'Quần Chúng', unitId: cell, partyStatus: 'none' });
    expect(nonMember.statusCode).toBe(400);
    expect(nonMember.json().detail).toMatch(/Chỉ đảng viên/);
    const person = (await admin.post('/api/v1/people', { fullName: 'Đảng Viên Mới', unitId: cell, partyStatus: 'full' })).json();
    const second = await admin.post(`/api/v1/people/${person.id}/memberships`, { unitId: await t.unitId('STP-CB2') });
    expect(second.statusCode).toBe(409);
    const union = await admin.post(`/api/v1/people/${person.id}/memberships`, { unitId: await t.unitId('CDCS-STP') });
    expect(union.json().memberships).toHaveLength(2);
  });

  it('transfers a person between cells, keeping the history', async () => {
    const from = await t.unitId('SNV-CB2');
    const to = await t.unitId('SNV-CB3');
    const person = (await admin.get(`/api/v1/people?unitId=${from}`)).json().items[1];
    const membership = person.memberships.find((m: { unitId: string }) => m.unitId === from);
    const transferred = await admin.post(`/api/v1/memberships/${membership.id}/transfer`, { toUnitId: to, on: '2026-11-01' });
    expect(transferred.statusCode).toBe(200);
    const history = transferred.json().memberships.filter((m: { isParty: boolean }) => m.isParty);
    expect(history).toEqual([
      expect.objectContaining({ unitId: to, startedOn: '2026-11-01', endedOn: null }),
      expect.objectContaining({ unitId: from, endedOn: '2026-11-01', endReason: 'transfer' }),
    ]);
    const again = await admin.post(`/api/v1/memberships/${membership.id}/transfer`, { toUnitId: to });
    expect(again.statusCode).toBe(409);
    const toUnion = await admin.post(`/api/v1/memberships/${history[0].id}/transfer`, { toUnitId: await t.unitId('CDCS-SNV') });
    expect(toUnion.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/people/${person.id}`)).json().memberships.filter((m: { endedOn: string | null }) => !m.endedOn)).toHaveLength(
      person.memberships.length,
    );
  });

  it('refuses an end date before the start', async () => {
    const person = (await admin.get(`/api/v1/people?unitId=${await t.unitId('SYT-CB1')}`)).json().items[0];
    const ended = await admin.post(`/api/v1/memberships/${person.memberships[0].id}/end`, { endedOn: '2000-01-01' });
    expect(ended.statusCode).toBe(400);
    expect(ended.json().detail).toMatch(/không được trước ngày bắt đầu/);
  });

  it('lets a member read and edit only their own contact details', async () => {
    const member = await t.signIn('dangvien');
    const me = (await member.get('/api/v1/auth/me')).json();
    expect((await member.get(`/api/v1/people/${me.personId}`)).statusCode).toBe(200);
    expect((await member.patch(`/api/v1/people/${me.personId}`, { phone: '0901234567' })).json().phone).toBe('0901234567');
    expect((await member.patch(`/api/v1/people/${me.personId}`, { fullName: 'Tên Khác' })).statusCode).toBe(403);
    expect((await member.get(`/api/v1/people?unitId=${await t.unitId('SGDDT-CB1')}`)).statusCode).toBe(403);
  });
});

describe('people import', () => {
  const header = 'Họ và tên,Mã đơn vị,Chức vụ,Đảng viên,Giới tính,Năm sinh,Email,Ngày vào Đảng,Mã đảng viên';
  const csv = [header, 'Phạm Văn Nhập,STP-CB3,Đảng viên,Chính thức,Nam,1988,nhap@example.vn,19/05/2012,IMP-1', 'Võ Thị Lỗi,KHONG-CO,,,,1890,,,IMP-2', 'Đỗ Minh Hợp Lệ,CDCS-STP,Đoàn viên,,Nữ,,,,IMP-3'].join('\n');

  const peopleCount = async () => Number((await t.db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('previews row-level errors without writing', async () => {
    const before = await peopleCount();
    const preview = await admin.upload('/api/v1/people/imports/preview', 'danh-sach.csv', csv);
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ total: 3, valid: 2 });
    expect(body.rows[1].line).toBe(3);
    expect(body.rows[1].errors.map((e: { message: string }) => e.message)).toEqual([
      'Không có đơn vị với mã này trong phạm vi bạn quản lý',
      'Năm sinh phải là năm có 4 chữ số hợp lý',
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('writes nothing in all-or-nothing mode when a row is bad', async () => {
    const before = await peopleCount();
    const response = await admin.upload('/api/v1/people/imports', 'danh-sach.csv', csv, { mode: 'all_or_nothing' });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/1 dòng lỗi; không dòng nào được ghi/);
    expect(await peopleCount()).toBe(before);
  });

  it('writes only the valid rows, each whole, in valid-only mode', async () => {
    const before = await peopleCount();
    const response = await admin.upload('/api/v1/people/imports', 'danh-sach.csv', csv, { mode: 'valid_only' });
    expect(response.json()).toMatchObject({ created: 2, skipped: 1 });
    expect(await peopleCount()).toBe(before + 2);
    const imported = (await admin.get(`/api/v1/people?search=nhap`)).json().items.find((p: { memberCode: string }) => p.memberCode === 'IMP-1');
    expect(imported).toMatchObject({ fullName: 'Phạm Văn Nhập', partyStatus: 'full', gender: 'male', birthYear: 1988, partyJoinedOn: '2012-05-19' });
    const again = (await admin.upload('/api/v1/people/imports/preview', 'danh-sach.csv', csv)).json();
    expect(again.rows[0].errors[0].problem).toBe('member_code_exists');
  });

  it('reads XLSX files and rejects malformed input clearly', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(header.split(','));
    sheet.addRow(['Trương Công Excel', 'STP-CB1', 'Bí thư', 'Dự bị', 'Nam', 1990, '', new Date(Date.UTC(2020, 1, 3)), 'XLSX-1']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await admin.upload('/api/v1/people/imports/preview', 'danh-sach.xlsx', buffer)).json();
    expect(preview).toMatchObject({ total: 1, valid: 1 });
    const broken = await admin.upload('/api/v1/people/imports/preview', 'hong.xlsx', Buffer.from('PK not really a zip'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toMatch(/không phải tệp Excel/);
    const wrongType = await admin.upload('/api/v1/people/imports/preview', 'anh.png', Buffer.from([0x89, 0x50]));
    expect(wrongType.json().detail).toMatch(/chỉ nhận tệp .csv hoặc .xlsx/);
    const empty = await admin.upload('/api/v1/people/imports/preview', 'rong.csv', header);
    expect(empty.json().detail).toBe('Tệp không có dòng dữ liệu nào.');
  });
});

describe('member counts', () => {
  it('stay in step with memberships after adds, transfers, ends and imports', async () => {
    const { sql } = await import('kysely');
    const drift = await sql<{ id: string }>`
      SELECT u.id FROM org_units u
      LEFT JOIN (SELECT unit_id, count(*) FILTER (WHERE is_party) AS party, count(*) FILTER (WHERE NOT is_party) AS association
                 FROM memberships WHERE ended_on IS NULL GROUP BY unit_id) c ON c.unit_id = u.id
      WHERE u.direct_party_members <> coalesce(c.party, 0) OR u.direct_association_members <> coalesce(c.association, 0)`.execute(t.db);
    expect(drift.rows).toEqual([]);
  });
});
