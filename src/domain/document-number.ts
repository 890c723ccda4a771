/**
 * Registry numbers of issued documents ("số và ký hiệu"). A Party body writes
 * number-type/issuer with "Số" ("Số 30-KH/ĐUK"); a state body or mass association writes
 * "Số:" and number/type-issuer ("Số: 18/KH-CĐVC"). Numbers under 10 are written with a
 * leading zero ("Số 01-CTr/BTGTU"). The importer reads numbers leniently from free text;
 * this module formats the registry's own numbers and reads them back strictly.
 */
export const notations = ['party', 'state'] as const;
export type Notation = (typeof notations)[number];

export interface RegistryNumber {
  number: number;
  typeCode: string;
  issuerCode: string;
}

export function padNumber(number: number): string {
  return number < 10 ? `0${number}` : String(number);
}

/** "30-KH/ĐUK" (party) or "18/KH-CĐVC" (state). */
export function formatSymbol(value: RegistryNumber, notation: Notation): string {
  const number = padNumber(value.number);
  return notation === 'party' ? `${number}-${value.typeCode}/${value.issuerCode}` : `${number}/${value.typeCode}-${value.issuerCode}`;
}

/** The header line: "Số 30-KH/ĐUK" or "Số: 18/KH-CĐVC". */
export function formatNumberLine(value: RegistryNumber, notation: Notation): string {
  return notation === 'party' ? `Số ${formatSymbol(value, notation)}` : `Số: ${formatSymbol(value, notation)}`;
}

const CODE = String.raw`[\p{Lu}][\p{L}]*`;
const ISSUER = String.raw`[\p{Lu}][\p{L}\d]*(?:-[\p{Lu}][\p{L}\d]*)*`;
const PARTY = new RegExp(String.raw`^(?:Số\s*:?\s*)?(\d{1,5})\s*-\s*(${CODE})\s*\/\s*(${ISSUER})$`, 'u');
const STATE = new RegExp(String.raw`^(?:Số\s*:?\s*)?(\d{1,5})\s*\/\s*(${CODE})\s*-\s*(${ISSUER})$`, 'u');

/** Reads a number line in either form, with or without "Số"; null for anything else. */
export function parseNumberLine(text: string): (RegistryNumber & { notation: Notation }) | null {
  const trimmed = text.normalize('NFC').trim();
  for (const [notation, pattern] of [['party', PARTY], ['state', STATE]] as const) {
    const match = pattern.exec(trimmed);
    if (match && Number(match[1]) > 0) return { number: Number(match[1]), typeCode: match[2]!, issuerCode: match[3]!, notation };
  }
  return null;
}

/**
 * The number to offer next in a register: one past the highest used. Gaps are not filled:
 * a skipped number was usually reserved for a document still being signed.
 */
export function nextFreeNumber(taken: readonly number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/** How an issuer's symbol is written: capitals and letters, parts joined by "-" ("ĐUK", "BTGTU", "CĐVC"). */
export const issuerSymbolPattern = /^\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*$/u;

/** The symbol a unit signs with: its short name when that is written as a symbol ("ĐUK"), else its code. */
export function issuerSymbolOf(unit: { short_name: string | null; code: string }): string {
  return unit.short_name && issuerSymbolPattern.test(unit.short_name) ? unit.short_name : unit.code;
}
