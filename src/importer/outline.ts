/**
 * Outline markers ("I.", "II-", "1.", "1.1.", "a)", "a.", "-", "·", "*", "+") and the item tree
 * they imply inside one section. Levels are not declared in plain text, so they are inferred:
 * numbers sit above their dotted sub-numbers, letters below numbers, bullets below everything;
 * a bullet that ends with ":" opens a group for the following bullets of another kind
 * ("* Những nội dung cần tập trung …:" then "- …" items).
 */
import type { Paragraph } from './normalize.ts';

export type MarkerKind = 'roman' | 'number' | 'path' | 'letter' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** "II", "1", "1.1", "a", or the bullet character. */
  label: string;
  /** The paragraph text after the marker. */
  rest: string;
}

export interface OutlineNode {
  marker: Marker;
  paragraph: Paragraph;
  /** Unmarked paragraphs that continue this item (second paragraphs, page-break leftovers). */
  continuation: Paragraph[];
  children: OutlineNode[];
}

export interface ItemTree {
  /** Unmarked paragraphs before the first item. */
  intro: Paragraph[];
  items: OutlineNode[];
}

const ROMAN = /^([IVX]{1,5})\s*[.\-–)]\s*(\S.*)$/;
const PATH = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s*[)\-–]?\s+(\S.*)$/;
const NUMBER = /^(\d{1,2})\s*[.)\-–](?!\d)\s*(\S.*)$/;
const LETTER = /^([a-zđ])\s*[.)]\s+(\S.*)$/;
const BULLET = /^([-–—·•*+○●▪■❖➢►✓])\s*([^\s\d].*)$/;
const ROMAN_NUMERALS = new Set([
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X',
  'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX',
]);
/** "Trên đây là …", "Trong quá trình thực hiện …": the closing words after the last item. */
const CLOSING = /^(?:Trên đây|Trong quá trình (?:thực hiện|triển khai|tổ chức))/i;

export function readMarker(text: string): Marker | null {
  const roman = ROMAN.exec(text);
  if (roman && ROMAN_NUMERALS.has(roman[1]!)) return { kind: 'roman', label: roman[1]!, rest: roman[2]! };
  const path = PATH.exec(text);
  if (path) return { kind: 'path', label: path[1]!, rest: path[2]! };
  const number = NUMBER.exec(text);
  if (number) return { kind: 'number', label: String(Number(number[1])), rest: number[2]! };
  const letter = LETTER.exec(text);
  if (letter) return { kind: 'letter', label: letter[1]!, rest: letter[2]! };
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'bullet', label: bullet[1]!, rest: bullet[2]! };
  return null;
}

function isClosingParagraph(text: string): boolean {
  return CLOSING.test(text);
}

/** True for a bullet that introduces a group of bullets ("* Những nội dung …:"). */
function opensGroup(node: OutlineNode): boolean {
  return node.marker.kind === 'bullet' && node.marker.rest.trimEnd().endsWith(':');
}

/** Builds the item tree of one section's paragraphs (its heading excluded). */
export function buildItemTree(paragraphs: Paragraph[]): ItemTree {
  const tree: ItemTree = { intro: [], items: [] };
  const stack: OutlineNode[] = [];
  let closed = false;
  for (const paragraph of paragraphs) {
    const marker = readMarker(paragraph.text);
    if (!marker) {
      if (closed || isClosingParagraph(paragraph.text)) {
        closed = true;
        stack.length = 0;
      } else if (stack.length > 0) {
        stack[stack.length - 1]!.continuation.push(paragraph);
      } else if (tree.items.length === 0) {
        tree.intro.push(paragraph);
      }
      continue;
    }
    closed = false;
    const node: OutlineNode = { marker, paragraph, continuation: [], children: [] };
    const parent = marker.kind === 'bullet' ? parentOfBullet(stack, marker.label) : parentOfItem(stack, rank(marker));
    (parent ? parent.children : tree.items).push(node);
    stack.push(node);
  }
  return tree;
}

function rank(marker: Marker): number {
  switch (marker.kind) {
    case 'roman':
      return 0;
    case 'number':
      return 1;
    case 'path':
      return marker.label.split('.').length;
    case 'letter':
      return 10;
    case 'bullet':
      return 100;
  }
}

function parentOfItem(stack: OutlineNode[], itemRank: number): OutlineNode | null {
  while (stack.length > 0 && rank(stack[stack.length - 1]!.marker) >= itemRank) stack.pop();
  return stack[stack.length - 1] ?? null;
}

/**
 * A bullet is a sibling of the nearest open bullet of the same kind, a child of an open
 * group of another kind, and otherwise a child of the nearest numbered item.
 */
function parentOfBullet(stack: OutlineNode[], bullet: string): OutlineNode | null {
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.marker.kind !== 'bullet') break;
    if (top.marker.label === bullet) {
      stack.pop();
      break;
    }
    if (opensGroup(top)) break;
    stack.pop();
  }
  return stack[stack.length - 1] ?? null;
}
