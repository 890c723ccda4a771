/**
 * The signature block: capacity ("T/M ĐẢNG ỦY", "K/T TRƯỞNG BAN"), position ("PHÓ BÍ THƯ",
 * "TRƯỞNG BAN"), an optional "(đã ký)" and the signer's name ("Nguyễn Thị Nghĩa"). Some
 * documents keep only the name on the last line.
 */
import type { Paragraph } from './normalize.ts';
import type { Signature, SourceSpan } from './types.ts';

export interface SignatureBlock {
  signature: Signature;
  source: SourceSpan;
  /** Index of the block's first paragraph. */
  start: number;
}

const CAPACITY = /^(?:T\/M|K\/T|T\/L|Q\/|TM\.?|KT\.?|TL\.?)\s+\S/u;
const SIGNED_NOTE = /^\((?:đã ký|ký|ký tên|ký,|đã ký và đóng dấu)[^)]*\)$/iu;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const MAX_POSITION_WORDS = 8;

/** Reads a signature block that occupies the paragraphs [from, end of document). */
export function readSignature(paragraphs: Paragraph[], from: number): SignatureBlock | null {
  const block = paragraphs.slice(from);
  if (block.length === 0) return null;
  const signature: Signature = { capacity: null, position: null, signer: null };
  for (const paragraph of block) {
    const text = paragraph.text;
    if (SIGNED_NOTE.test(text)) continue;
    if (signature.capacity === null && signature.position === null && CAPACITY.test(text)) signature.capacity = text;
    else if (signature.position === null && signature.signer === null && isPosition(text)) signature.position = text;
    else if (signature.signer === null && PERSON_NAME.test(text)) signature.signer = text;
    else return null;
  }
  if (signature.signer === null && signature.capacity === null) return null;
  return { signature, source: { line: block[0]!.line, endLine: block[block.length - 1]!.endLine }, start: from };
}

/** The longest signature block that ends the document, or null. */
export function findTrailingSignature(paragraphs: Paragraph[], from: number): SignatureBlock | null {
  const earliest = Math.max(from, paragraphs.length - 5);
  for (let start = earliest; start < paragraphs.length; start++) {
    const block = readSignature(paragraphs, start);
    if (block) return block;
  }
  return null;
}

function isPosition(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && text.split(' ').length <= MAX_POSITION_WORDS && !/[.:;]$/.test(text);
}
