import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { findRecipientsHeading, readRecipients } from './recipients.ts';
import { findTrailingSignature, readSignature } from './signature.ts';

describe('recipients', () => {
  it('reads the list after "Nơi nhận:"', () => {
    const paragraphs = normalizeText('Nội dung.\nNơi nhận:\n- Thường trực Thành ủy (để báo cáo),\n- Các chi bộ;\n- Lưu: VP.\nTRƯỞNG BAN');
    const heading = findRecipientsHeading(paragraphs, 0);
    expect(heading).toBe(1);
    expect(readRecipients(paragraphs, heading)).toEqual({
      recipients: ['Thường trực Thành ủy (để báo cáo)', 'Các chi bộ', 'Lưu: VP'],
      sources: [{ line: 3, endLine: 3 }, { line: 4, endLine: 4 }, { line: 5, endLine: 5 }],
      end: 5,
    });
  });

  it('reads a list written on the heading line', () => {
    const paragraphs = normalizeText('Nơi nhận: - Như trên; - Lưu VT.');
    expect(readRecipients(paragraphs, 0).recipients).toEqual(['Như trên', 'Lưu VT']);
  });

  it('is absent from documents without one', () => {
    expect(findRecipientsHeading(normalizeText('1. Việc.\n2. Việc.'), 0)).toBe(-1);
  });
});

describe('signature', () => {
  it.each([
    ['T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\n\nNguyễn Thị Nghĩa', { capacity: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ', signer: 'Nguyễn Thị Nghĩa' }],
    ['TRƯỞNG BAN\n(đã ký)\nPhan Nguyễn Như Khuê', { capacity: null, position: 'TRƯỞNG BAN', signer: 'Phan Nguyễn Như Khuê' }],
    ['K/T BÍ THƯ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(Đã ký)\nTrần Văn A', { capacity: 'K/T BÍ THƯ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', signer: 'Trần Văn A' }],
    ['Võ Văn Yên', { capacity: null, position: null, signer: 'Võ Văn Yên' }],
  ])('%s', (text, signature) => {
    expect(readSignature(normalizeText(text), 0)?.signature).toEqual(signature);
  });

  it('finds the block that ends a document', () => {
    const paragraphs = normalizeText('1. Việc cuối cùng.\nTrong quá trình thực hiện, báo cáo.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn B');
    expect(findTrailingSignature(paragraphs, 0)).toMatchObject({ start: 2, source: { line: 3, endLine: 5 } });
  });

  it('does not take body text or a lone position for a signature', () => {
    expect(findTrailingSignature(normalizeText('1. Việc.\n10. Hoạt động chung sức xây dựng nông thôn mới năm 2018.'), 0)).toBeNull();
    expect(findTrailingSignature(normalizeText('Nội dung.\nTRƯỞNG BAN'), 0)).toBeNull();
  });
});
