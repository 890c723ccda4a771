import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../api/documents.ts';
import { dayOf } from '../../format/dates.ts';
import { documentBody, documentFormValues, type DocumentFormValues } from './document-form.ts';

const register = { number: 31, year: 2026, issuerCode: 'ĐUK', notation: 'party' as const, symbol: '31-KH/ĐUK' };

const base: DocumentFormValues = { issuerUnitIds: ['duk'], typeCode: 'KH', year: 2026, title: '  Kế hoạch tuyên truyền năm 2026 ' };

describe('document form', () => {
  it('sends a new draft with its kind and no empty parts', () => {
    expect(documentBody(base, undefined)).toEqual({
      issuerUnitIds: ['duk'],
      typeCode: 'KH',
      kind: 'plan',
      number: null,
      year: 2026,
      issuedOn: null,
      place: null,
      title: 'Kế hoạch tuyên truyền năm 2026',
      rollupMethod: undefined,
      recipients: [],
      signature: null,
      bases: [],
    });
  });

  it('keeps a joint plan’s issuers in order, once each, and takes the year from the date', () => {
    const body = documentBody({ ...base, issuerUnitIds: ['duk', null, 'doan', 'duk'], number: 30, issuedOn: dayOf('2025-12-30') }, undefined);
    expect(body).toMatchObject({ issuerUnitIds: ['duk', 'doan'], number: 30, year: 2025, issuedOn: '2025-12-30' });
    expect(body).not.toHaveProperty('issuerCode');
  });

  it('splits recipients by line and keeps the signature block when any part is filled', () => {
    const body = documentBody({ ...base, recipients: ' Ban Thường vụ Thành ủy \n\n- Lưu VP\n', signature: { capacity: 'T/M', onBehalfOf: ' BAN THƯỜNG VỤ ', position: 'PHÓ BÍ THƯ', signer: '' } }, register);
    expect(body.recipients).toEqual(['Ban Thường vụ Thành ủy', '- Lưu VP']);
    expect(body.signature).toEqual({ capacity: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', signer: null });
  });

  it('drops empty basis rows and keeps what an import read from a citation', () => {
    const bases = [{ documentId: 'kh59' }, { documentId: null, citation: '   ' }, { citation: 'Chỉ thị số 05-CT/TW ngày 15/5/2016', number: '05', typeCode: 'CT', issuerCode: 'TW', issuedOn: '2016-05-15' }];
    expect(documentBody({ ...base, bases }, register).bases).toEqual([
      { documentId: 'kh59', citation: null },
      { documentId: null, citation: 'Chỉ thị số 05-CT/TW ngày 15/5/2016', number: '05', typeCode: 'CT', issuerCode: 'TW', issuedOn: '2016-05-15' },
    ]);
  });

  it('takes the issuer code and notation of a new first issuer', () => {
    expect(documentBody({ ...base, issuerUnitIds: ['cdvc'] }, { ...register, issuerCode: 'CĐVC', notation: 'state' }, 'KH')).toMatchObject({ issuerUnitIds: ['cdvc'], issuerCode: 'CĐVC', notation: 'state' });
  });

  it('leaves the kind alone when an edit keeps the type', () => {
    expect(documentBody({ ...base, typeCode: 'ĐA' }, register, 'ĐA')).not.toHaveProperty('kind');
    expect(documentBody({ ...base, typeCode: 'HD' }, register, 'KH')).toMatchObject({ kind: 'guidance' });
  });

  it('round-trips a draft through the form', () => {
    const fields = {
      typeCode: 'KH',
      number: 30,
      year: 2026,
      issuedOn: '2026-03-02',
      place: 'Thành phố Hồ Chí Minh',
      title: 'Kế hoạch',
      rollupMethod: 'weighted',
      recipients: ['Các chi bộ'],
      signature: { capacity: 'K/T', onBehalfOf: 'BÍ THƯ', position: 'PHÓ BÍ THƯ', signer: 'Nguyễn Văn A' },
    };
    const cited = { number: '59', typeCode: 'KH', issuerCode: 'TU', issuedOn: '2026-01-10', citation: 'Kế hoạch số 59-KH/TU' };
    const doc = {
      ...fields,
      issuers: [{ id: 'duk', name: 'Đảng ủy Khối', shortName: 'ĐUK', code: 'DUK' }],
      bases: [{ id: 'b1', ...cited, document: { id: 'kh59', title: 'KH 59', numberLine: 'Số 59-KH/TU', issuedOn: '2026-01-10' } }],
    } as unknown as DocumentDetail;
    const values = documentFormValues(doc, { issuerUnitId: 'other', year: 2020 }) as DocumentFormValues;
    expect(documentBody(values, undefined, doc.typeCode)).toEqual({ ...fields, issuerUnitIds: ['duk'], bases: [{ documentId: 'kh59', ...cited }] });
  });

  it('starts a new draft in the working unit', () => {
    expect(documentFormValues(undefined, { issuerUnitId: 'duk', year: 2026 })).toMatchObject({ issuerUnitIds: ['duk'], typeCode: 'KH', year: 2026 });
  });
});
