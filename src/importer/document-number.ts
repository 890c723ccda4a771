/**
 * Registry numbers ("số và ký hiệu"). Party documents write number-type/issuer
 * ("30-KH/ĐUK", "09 -HD/ĐUK", "01-CTr/BTGTU"); state documents write number/type-issuer
 * ("18/KH-CĐVC") or number/year/type-issuer for legal acts ("15/2020/NĐ-CP", "54/2017/QH14").
 */
import type { DocumentReference } from './types.ts';

export type DocumentNumber = Omit<DocumentReference, 'issuedOn'>;

const CODE = String.raw`[A-ZĐ][A-Za-zĐđ]*`;
const ISSUER = String.raw`[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*`;
const NUMBER = String.raw`\d{1,5}[a-z]?`;

const PARTY_FORM = String.raw`(${NUMBER})\s*-\s*(${CODE})\s*/\s*(${ISSUER})`;
const LEGAL_FORM = String.raw`(${NUMBER})\s*/\s*\d{4}\s*/\s*(${ISSUER})`;
const STATE_FORM = String.raw`(${NUMBER})\s*/\s*(${CODE})\s*-\s*(${ISSUER})`;

/** Any of the three forms, not glued to a preceding digit or letter. */
export const DOCUMENT_NUMBER_PATTERN = String.raw`(?<![\p{L}\d])(?:${PARTY_FORM}|${LEGAL_FORM}|${STATE_FORM})(?![\p{L}\d])`;

const HEADER_NUMBER = new RegExp(String.raw`(?:^|\s)[Ss]ố\s*:?\s*${DOCUMENT_NUMBER_PATTERN}`, 'u');

/** The "Số …" line of a document header. */
export function readHeaderNumber(text: string): (DocumentNumber & { index: number; length: number }) | null {
  const match = HEADER_NUMBER.exec(text);
  return match ? { ...fromGroups(match.slice(1)), index: match.index, length: match[0].length } : null;
}

/** Reads the eight groups of DOCUMENT_NUMBER_PATTERN (party 3, legal 2, state 3). */
export function fromGroups(groups: Array<string | undefined>): DocumentNumber {
  const [partyNumber, partyType, partyIssuer, legalNumber, legalCode, stateNumber, stateType, stateIssuer] = groups;
  if (partyNumber) return { number: partyNumber, typeCode: partyType!, issuerCode: partyIssuer! };
  if (legalNumber) {
    // "54/2017/QH14" names only the issuer; "15/2020/NĐ-CP" names the type, then the issuer.
    const [first, ...rest] = legalCode!.split('-');
    return rest.length > 0
      ? { number: legalNumber, typeCode: first!, issuerCode: rest.join('-') }
      : { number: legalNumber, typeCode: null, issuerCode: legalCode! };
  }
  return { number: stateNumber!, typeCode: stateType!, issuerCode: stateIssuer! };
}
