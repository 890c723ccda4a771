import qrcode from 'qrcode-generator';

/** The address a member's phone opens from the QR code: the check-in screen with the code filled in. */
export const checkInUrl = (origin: string, meetingId: string, code: string) => `${origin}/meetings/${meetingId}/check-in?code=${encodeURIComponent(code)}`;

/** The code from the check-in screen's address, digits only (what the room's screen shows). */
export const codeFromSearch = (search: string) => (new URLSearchParams(search).get('code') ?? '').replace(/\D/g, '').slice(0, 20);

/** The dark modules of the QR code of a text (error correction M: readable from a projected screen). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** One SVG path of unit squares for the dark modules, offset by the quiet zone. */
export function qrPath(modules: boolean[][], margin: number): string {
  return modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + margin} ${y + margin}h1v1h-1z`] : []))).join('');
}
