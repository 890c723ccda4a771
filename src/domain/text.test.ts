import { describe, expect, it } from 'vitest';
import { escapeLikePattern, foldVietnamese, foldedWords } from './text.ts';

describe('foldVietnamese', () => {
  it('removes diacritics and folds đ', () => {
    expect(foldVietnamese('Công đoàn Viên chức Thành phố')).toBe('cong doan vien chuc thanh pho');
    expect(foldVietnamese('ĐẢNG ỦY KHỐI')).toBe('dang uy khoi');
    expect(foldVietnamese('Hội Cựu chiến binh')).toBe('hoi cuu chien binh');
  });
  it('treats precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Nguy\u1ec5n')).toBe(foldVietnamese('Nguye\u0302\u0303n'));
  });
  it('collapses whitespace', () => {
    expect(foldVietnamese('  Chi  bộ\t1 ')).toBe('chi bo 1');
  });
});

describe('foldedWords', () => {
  it('splits on punctuation', () => {
    expect(foldedWords('Đoàn TNCS Hồ Chí Minh, Khối')).toEqual(['doan', 'tncs', 'ho', 'chi', 'minh', 'khoi']);
  });
});

describe('escapeLikePattern', () => {
  it('escapes wildcards', () => {
    expect(escapeLikePattern('50%_a\\')).toBe('50\\%\\_a\\\\');
  });
});
