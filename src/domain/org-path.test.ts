import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canMoveUnder, childPath, depthOf, isWithin, minimalScopes, pathLabel, rebasePath, unitIdOfLabel } from './org-path.ts';

describe('org paths', () => {
  it('labels are ids without dashes', () => {
    expect(pathLabel('0190a0b2-1c2d-7e3f-8a9b-0c1d2e3f4a5b')).toBe('0190a0b21c2d7e3f8a9b0c1d2e3f4a5b');
    expect(unitIdOfLabel('0190a0b21c2d7e3f8a9b0c1d2e3f4a5b')).toBe('0190a0b2-1c2d-7e3f-8a9b-0c1d2e3f4a5b');
    expect(childPath(null, 'a-b')).toBe('ab');
    expect(childPath('ab', 'c-d')).toBe('ab.cd');
  });

  it('isWithin respects label boundaries', () => {
    expect(isWithin('a.b', 'a')).toBe(true);
    expect(isWithin('a', 'a')).toBe(true);
    expect(isWithin('ab.c', 'a')).toBe(false);
    expect(isWithin('a', 'a.b')).toBe(false);
  });

  it('refuses a move under its own descendant', () => {
    expect(canMoveUnder('a.b', 'a.b.c')).toBe(false);
    expect(canMoveUnder('a.b', 'a.b')).toBe(false);
    expect(canMoveUnder('a.b', 'a.c')).toBe(true);
  });

  it('rebases a subtree', () => {
    expect(rebasePath('a.b.c', 'a.b', 'x.b')).toBe('x.b.c');
    expect(() => rebasePath('z.c', 'a.b', 'x.b')).toThrow();
  });

  it('keeps only minimal scopes', () => {
    expect(minimalScopes(['a.b', 'a', 'c.d', 'c.d.e'])).toEqual(['a', 'c.d']);
  });

  it('a rebased path keeps its depth difference', () => {
    const label = fc.stringMatching(/^[a-f0-9]{4}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), fc.array(label, { minLength: 0, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), (prefix, rest, target) => {
        const oldPrefix = prefix.join('.');
        const path = [...prefix, ...rest].join('.');
        const newPrefix = [...target, prefix[prefix.length - 1]].join('.');
        const moved = rebasePath(path, oldPrefix, newPrefix);
        expect(depthOf(moved) - depthOf(newPrefix)).toBe(depthOf(path) - depthOf(oldPrefix));
        expect(isWithin(moved, newPrefix)).toBe(true);
      }),
    );
  });
});
