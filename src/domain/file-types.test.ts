import { describe, expect, it } from 'vitest';
import { decodeText, describeKinds, detectFileKind } from './file-types.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n…');
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('file types', () => {
  it('accepts a file whose extension and first bytes agree', () => {
    expect(detectFileKind('Ke hoach 30.PDF', pdf, ['pdf', 'docx'])).toBe('pdf');
    expect(detectFileKind('ke-hoach.docx', zip, ['pdf', 'docx'])).toBe('docx');
    expect(detectFileKind('anh.JPG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), ['jpeg'])).toBe('jpeg');
  });

  it('refuses a renamed file, an unlisted kind and an empty file', () => {
    expect(detectFileKind('virus.pdf', new TextEncoder().encode('MZ\x90\x00'), ['pdf'])).toBeNull();
    expect(detectFileKind('bang.xlsx', zip, ['pdf', 'docx'])).toBeNull();
    expect(detectFileKind('trong.pdf', new Uint8Array(), ['pdf'])).toBeNull();
    expect(describeKinds(['pdf', 'jpeg'])).toBe('.pdf, .jpg, .jpeg');
  });

  it('takes UTF-8 or UTF-16 text as .txt and refuses binary or mis-encoded content', () => {
    const utf8 = new TextEncoder().encode('\uFEFFKẾ HOẠCH\nSố 30-KH/ĐUK');
    expect(detectFileKind('ke-hoach.TXT', utf8, ['txt', 'docx'])).toBe('txt');
    expect(decodeText(utf8)).toBe('KẾ HOẠCH\nSố 30-KH/ĐUK');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Số 30'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(detectFileKind('unicode.txt', utf16, ['txt'])).toBe('txt');
    expect(decodeText(utf16)).toBe('Số 30');
    expect(detectFileKind('ke-hoach.txt', zip, ['txt'])).toBeNull();
    expect(detectFileKind('ke-hoach.txt', new Uint8Array([0x4b, 0xc7, 0x48]), ['txt'])).toBeNull();
    expect(detectFileKind('trong.txt', new Uint8Array(), ['txt'])).toBeNull();
    expect(detectFileKind('ke-hoach.docx', utf8, ['txt', 'docx'])).toBeNull();
  });
});
