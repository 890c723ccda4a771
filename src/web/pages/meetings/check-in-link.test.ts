import { describe, expect, it } from 'vitest';
import { checkInUrl, codeFromSearch, qrModules, qrPath } from './check-in-link.ts';

describe('check-in link', () => {
  it('points the QR code at the check-in screen with the code', () => {
    const url = checkInUrl('https://congtac.example', '0190aa', '042917');
    expect(url).toBe('https://congtac.example/meetings/0190aa/check-in?code=042917');
    expect(codeFromSearch(new URL(url).search)).toBe('042917');
    expect(codeFromSearch('?code=04 29-17')).toBe('042917');
    expect(codeFromSearch('')).toBe('');
  });

  it('draws a square QR code with the three finder patterns', () => {
    const modules = qrModules(checkInUrl('https://congtac.example', '0190aa', '042917'));
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect(modules.every((row) => row.length === size)).toBe(true);
    // The corners of the finder patterns are dark, the separator beside them light.
    for (const [row, col] of [[0, 0], [0, size - 1], [size - 1, 0]] as const) expect(modules[row]![col]).toBe(true);
    expect(modules[7]![7]).toBe(false);
    const path = qrPath(modules, 4);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
    expect(path.match(/M/g)).toHaveLength(modules.flat().filter(Boolean).length);
  });
});
