import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`)));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const viLeaves = new Map(leaves(vi));
  const enLeaves = new Map(leaves(en));

  it('have the same keys in both languages', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('fill the same placeholders in both languages', () => {
    for (const [key, text] of viLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('write Vietnamese in composed Unicode (NFC) so diacritics render and match', () => {
    for (const [key, text] of viLeaves) expect(text, key).toBe(text.normalize('NFC'));
  });

  it('use the glossary terms for kinds, roles and statuses', () => {
    expect(vi.enums.unitKind).toMatchObject({ cell: 'Chi bộ', association: 'Đoàn thể', department: 'Ban chuyên môn' });
    expect(vi.enums.role).toMatchObject({ admin: 'Quản trị', leader: 'Lãnh đạo', staff: 'Chuyên viên', secretary: 'Bí thư', member: 'Thành viên', viewer: 'Giám sát' });
    expect(vi.enums.partyStatus).toMatchObject({ full: 'Đảng viên chính thức', probationary: 'Đảng viên dự bị' });
  });
});
