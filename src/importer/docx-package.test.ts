import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxReadError, readDocxPackage } from './docx-package.ts';
import { docxToText } from './docx.ts';
import { listItem, numberingDefinition, paragraph, W_NAMESPACE, wordPackage } from './fixtures/word-package.ts';

const readError = (bytes: Uint8Array) => {
  try {
    readDocxPackage(bytes);
  } catch (error) {
    return error;
  }
  throw new Error('read without an error');
};

describe('readDocxPackage', () => {
  it('reads the body, numbering and styles the relationships point to', async () => {
    const bytes = wordPackage(listItem('Quán triệt nghị quyết', 1), { numbering: numberingDefinition(1, [['decimal', '%1.']]), styles: '', mainPath: 'word/document2.xml' });
    const parts = readDocxPackage(bytes);
    expect(parts.body.name).toBe('w:body');
    expect(parts.numbering?.name).toBe('w:numbering');
    expect(parts.styles?.name).toBe('w:styles');
    expect(await docxToText(bytes)).toBe('1. Quán triệt nghị quyết');
  });

  it('reads a package without numbering and styles', async () => {
    expect(await docxToText(wordPackage(paragraph('KẾ HOẠCH')))).toBe('KẾ HOẠCH');
  });

  it('reads Word namespaces bound to other prefixes', async () => {
    const xml = `<?xml version="1.0"?><ns0:document xmlns:ns0="${W_NAMESPACE}"><ns0:body><ns0:p><ns0:r><ns0:t>Số 30-KH/ĐUK</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
    expect(await docxToText(bytes)).toBe('Số 30-KH/ĐUK');
    const defaultNamespace = `<document xmlns="${W_NAMESPACE}"><body><p><r><t>Đảng ủy Khối</t></r></p></body></document>`;
    expect(await docxToText(zipSync({ 'word/document.xml': strToU8(`\ufeff${defaultNamespace}`) }))).toBe('Đảng ủy Khối');
  });

  it('refuses a file that is not a zip, a zip without a Word document and damaged XML', () => {
    const notZip = readError(strToU8('PK\x03\x04 không phải Word'));
    expect(notZip).toBeInstanceOf(DocxReadError);
    expect((notZip as Error).message).toBe('tệp bị hỏng hoặc không phải tệp .docx (không mở được gói nén ZIP)');

    const withoutDocument = readError(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect(withoutDocument).toBeInstanceOf(DocxReadError);
    expect((withoutDocument as Error).message).toContain('không có word/document.xml');

    const truncated = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W_NAMESPACE}"><w:body><w:p><w:r><w:t>Nội dung</w:t></w:p>`) });
    for (const bytes of [truncated, zipSync({ 'word/document.xml': strToU8('<w:document><w:body></w:bo') })]) {
      const error = readError(bytes);
      expect(error).toBeInstanceOf(DocxReadError);
      expect((error as Error).message).toContain('word/document.xml không phải XML hợp lệ');
    }
    expect(readError(zipSync({ 'word/document.xml': strToU8('<html><body/></html>') }))).toBeInstanceOf(DocxReadError);
    const whole = wordPackage(paragraph('Nội dung'));
    expect(readError(whole.subarray(0, whole.length - 30))).toBeInstanceOf(DocxReadError);
  });

  it('refuses a part that says it unpacks to more than a plan could be', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W_NAMESPACE}"><w:body/></w:document>`) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = bytes.findIndex((_, index) => view.getUint32(index, true) === 0x02014b50);
    view.setUint32(central + 24, 0x7fffffff, true); // the central directory's uncompressed size
    const error = readError(bytes);
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as Error).message).toContain('word/document.xml quá lớn');
  });
});
