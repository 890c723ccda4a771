/**
 * A Word document as the plain text the plan parser reads. mammoth gives the structure
 * (paragraphs, lists, tables) as HTML; this module writes it back with the conventions of a
 * typed plan: list numbers as "1.", "1.1.", bullets as "-", and each row of a table whose
 * columns are content / lead / partners / time as a numbered item with labelled fields, so
 * that such rows become tasks like any other.
 *
 * mammoth does not report a list's number format or where Word continues a numbering, so
 * numbers are rebuilt by nesting, and a top-level list interrupted by bullets or text keeps
 * counting until the next section heading.
 */
import mammoth from 'mammoth';
import { foldVietnamese } from '../domain/text.ts';
import { readMarker } from './outline.ts';

interface HtmlNode {
  tag: string;
  children: Array<HtmlNode | string>;
}

type ColumnRole = 'ordinal' | 'content' | 'lead' | 'partners' | 'time';

/** Checked in order, so that "Đơn vị phối hợp" is not read as "Đơn vị thực hiện". */
const COLUMN_ROLES: Array<[ColumnRole, RegExp]> = [
  ['ordinal', /^(?:stt|tt|so tt)$/],
  ['time', /\b(?:thoi gian|thoi han|tien do)\b/],
  ['partners', /\b(?:phoi hop|tham gia)\b/],
  ['lead', /\b(?:chu tri|phu trach|don vi thuc hien|co quan thuc hien|thuc hien)\b/],
  ['content', /\b(?:noi dung|cong viec|nhiem vu|hoat dong)\b/],
];
const FIELD_LABELS: Record<Exclude<ColumnRole, 'ordinal' | 'content'>, string> = {
  lead: 'Đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  time: 'Thời gian',
};
const BULLETS = ['-', '+', '·'];
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Converts a .docx file's content to plan text, one paragraph per line with blank lines between. */
export async function docxToText(buffer: Buffer): Promise<string> {
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const writer = new TextWriter();
  writer.blocks(parseHtml(html).children);
  return writer.text();
}

class TextWriter {
  private readonly lines: string[] = [];
  /** Running number of the top-level numbered list, kept across interruptions. */
  private topLevelNumber = 0;

  text(): string {
    return this.lines.join('\n\n');
  }

  blocks(nodes: Array<HtmlNode | string>): void {
    for (const node of nodes) {
      if (typeof node === 'string') {
        this.paragraph(collapse(node));
      } else if (BLOCK_TAGS.has(node.tag)) {
        const text = inlineText(node);
        if (isSectionHeading(text)) this.topLevelNumber = 0;
        this.paragraph(text);
      } else if (node.tag === 'ol' || node.tag === 'ul') {
        this.list(node, [], 0);
      } else if (node.tag === 'table') {
        this.topLevelNumber = 0;
        this.table(node);
      } else {
        this.blocks(node.children);
      }
    }
  }

  private paragraph(text: string): void {
    if (text.length > 0) this.lines.push(text);
  }

  /** `path`: numbers of the enclosing ordered items ("1.2." inside item 1); `depth`: bullet nesting. */
  private list(node: HtmlNode, path: number[], depth: number): void {
    const ordered = node.tag === 'ol';
    let number = ordered && path.length === 0 ? this.topLevelNumber : 0;
    for (const item of elements(node).filter((child) => child.tag === 'li')) {
      const nested = elements(item).filter((child) => child.tag === 'ol' || child.tag === 'ul');
      const own = { tag: 'li', children: item.children.filter((child) => typeof child === 'string' || (child.tag !== 'ol' && child.tag !== 'ul')) };
      const text = inlineText(own);
      let marker: string;
      let childPath = path;
      if (ordered) {
        number++;
        childPath = [...path, number];
        marker = `${childPath.join('.')}.`;
      } else {
        marker = BULLETS[Math.min(depth, BULLETS.length - 1)]!;
      }
      if (text.length > 0) this.lines.push(`${marker} ${text}`);
      for (const list of nested) this.list(list, childPath, ordered ? depth : depth + 1);
    }
    if (ordered && path.length === 0) this.topLevelNumber = number;
  }

  private table(node: HtmlNode): void {
    const rows = descendants(node, 'tr').map((row) => elements(row).filter((cell) => cell.tag === 'td' || cell.tag === 'th'));
    const roles = rows[0] ? columnRoles(rows[0]) : null;
    if (!roles) {
      for (const row of rows) for (const cell of row) this.blocks(cell.children);
      return;
    }
    let ordinal = 0;
    for (const row of rows.slice(1)) {
      const cells = new Map<ColumnRole, string[]>();
      row.forEach((cell, index) => {
        const role = roles[index];
        if (role) cells.set(role, cellParagraphs(cell));
      });
      const content = cells.get('content') ?? [];
      if (content.length === 0) continue;
      ordinal++;
      const written = Number((cells.get('ordinal') ?? [])[0]);
      const number = Number.isInteger(written) && written > 0 ? written : ordinal;
      this.lines.push(`${number}. ${content[0]}`, ...content.slice(1));
      for (const role of ['lead', 'partners', 'time'] as const) {
        const value = (cells.get(role) ?? []).join(', ');
        if (value.length > 0) this.lines.push(`- ${FIELD_LABELS[role]}: ${value}`);
      }
    }
  }
}

/** The role of each column when the first row names a content column and a lead or time column. */
function columnRoles(header: HtmlNode[]): Array<ColumnRole | null> | null {
  const roles = header.map((cell) => {
    const folded = foldVietnamese(inlineText(cell));
    return COLUMN_ROLES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
  });
  return roles.includes('content') && (roles.includes('lead') || roles.includes('time')) ? roles : null;
}

function cellParagraphs(cell: HtmlNode): string[] {
  const blocks = elements(cell).filter((child) => BLOCK_TAGS.has(child.tag) || child.tag === 'li');
  const texts = blocks.length > 0 ? blocks.map(inlineText) : [inlineText(cell)];
  return texts.filter((text) => text.length > 0);
}

function isSectionHeading(text: string): boolean {
  const marker = readMarker(text);
  return marker?.kind === 'roman' || (/\p{L}/u.test(text) && text === text.toUpperCase());
}

function inlineText(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (current: HtmlNode | string): void => {
    if (typeof current === 'string') parts.push(current);
    else if (current.tag === 'br') parts.push(' ');
    else {
      if (BLOCK_TAGS.has(current.tag) && parts.length > 0) parts.push(' ');
      current.children.forEach(walk);
    }
  };
  node.children.forEach(walk);
  return collapse(parts.join(''));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function elements(node: HtmlNode): HtmlNode[] {
  return node.children.filter((child): child is HtmlNode => typeof child !== 'string');
}

function descendants(node: HtmlNode, tag: string): HtmlNode[] {
  return elements(node).flatMap((child) => (child.tag === tag ? [child] : descendants(child, tag)));
}

const VOID_TAGS = new Set(['br', 'img', 'hr']);

/** A tree of mammoth's HTML, which is well-formed and uses only a handful of tags. */
function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: 'root', children: [] };
  const stack: HtmlNode[] = [root];
  const token = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const [, closing, rawTag, selfClosing, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.children.push(decodeEntities(text));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (closing) {
      const open = stack.map((node) => node.tag).lastIndexOf(tag);
      if (open > 0) stack.length = open;
    } else {
      const node: HtmlNode = { tag, children: [] };
      top.children.push(node);
      if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(node);
    }
  }
  return root;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#')) {
      const codePoint = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? '';
  });
}
