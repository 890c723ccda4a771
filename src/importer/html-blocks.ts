/**
 * The sanitized HTML of rich texts (minutes, topic papers) as blocks a Word writer lays out:
 * paragraphs, headings, quotations, list items with their marker and depth, and tables with
 * spans. Only what the sanitizer lets through is understood (p, br, strong/b, em/i, u, s,
 * ul/ol/li, h2–h4, blockquote, table/thead/tbody/tr/th/td, a); any other tag is ignored but
 * its text kept. Pure: a string in, plain data out.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** A run, or a line break inside a paragraph (br). */
export type Inline = TextRun | { break: true };

export type Block =
  | { kind: 'paragraph'; style: 'body' | 'quote'; inlines: Inline[] }
  | { kind: 'heading'; level: 2 | 3 | 4; inlines: Inline[] }
  /** A list item: "-" or "+" for bullets, "1." for numbers; "" continues the item above (a second paragraph). */
  | { kind: 'item'; marker: string; depth: number; inlines: Inline[] }
  | { kind: 'table'; rows: TableCellBlock[][] };

export interface TableCellBlock {
  header: boolean;
  colSpan: number;
  rowSpan: number;
  /** The cell's paragraphs (a cell's lists and quotations become plain paragraphs). */
  paragraphs: Inline[][];
}

type Token = { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean } | { type: 'close'; name: string } | { type: 'text'; text: string };

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) tokens.push({ type: 'text', text: decodeEntities(html.slice(last, match.index)) });
    last = match.index + match[0].length;
    if (!match[2]) continue; // a comment
    const name = match[2].toLowerCase();
    if (match[1]) {
      tokens.push({ type: 'close', name });
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const attr of (match[3] ?? '').matchAll(ATTR)) attrs[attr[1]!.toLowerCase()] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
    tokens.push({ type: 'open', name, attrs, selfClosing: Boolean(match[4]) || name === 'br' });
  }
  if (last < html.length) tokens.push({ type: 'text', text: decodeEntities(html.slice(last)) });
  return tokens;
}

const sameStyle = (a: TextRun, b: TextRun) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italics) === Boolean(b.italics) && Boolean(a.underline) === Boolean(b.underline) && Boolean(a.strike) === Boolean(b.strike);

/** Joins runs of one style, trims the paragraph's ends and drops it when nothing is left to read. */
function tidy(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const previous = merged.at(-1);
    if ('text' in inline && previous && 'text' in previous && sameStyle(previous, inline)) merged[merged.length - 1] = { ...previous, text: previous.text + inline.text };
    else merged.push(inline);
  }
  // Spaces around a line break and at the ends of the paragraph are not written.
  for (const [index, inline] of merged.entries()) {
    if (!('text' in inline)) continue;
    const before = merged[index - 1];
    const after = merged[index + 1];
    let text = inline.text;
    if (!before || !('text' in before)) text = text.replace(/^ +/, '');
    if (!after || !('text' in after)) text = text.replace(/ +$/, '');
    merged[index] = { ...inline, text };
  }
  const kept = merged.filter((inline) => !('text' in inline) || inline.text !== '');
  while (kept.length > 0 && !('text' in kept.at(-1)!)) kept.pop();
  while (kept.length > 0 && !('text' in kept[0]!)) kept.shift();
  return kept.some((inline) => 'text' in inline && inline.text.trim() !== '') ? kept : [];
}

const headingTags = new Set(['h2', 'h3', 'h4']);

const span = (value: string | undefined) => Math.max(1, Math.min(50, Number.parseInt(value ?? '1', 10) || 1));

/** Reads sanitized HTML into blocks in document order. */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const style = { bold: 0, italics: 0, underline: 0, strike: 0 };
  const lists: { ordered: boolean; count: number }[] = [];
  const links: { href: string; start: number }[] = [];
  let inlines: Inline[] = [];
  let heading: 2 | 3 | 4 | null = null;
  let quotes = 0;
  /** The marker the next paragraph of the current list item takes ("" once its first paragraph is out). */
  let itemMarker: string | null = null;
  let table: { rows: TableCellBlock[][] } | null = null;
  let tableCell: TableCellBlock | null = null;
  /** Tables inside a cell: read as the cell's paragraphs. */
  let nestedTables = 0;

  const flush = () => {
    const content = tidy(inlines);
    inlines = [];
    if (content.length === 0) return;
    if (tableCell) tableCell.paragraphs.push(content);
    else if (heading) blocks.push({ kind: 'heading', level: heading, inlines: content });
    else if (itemMarker !== null) {
      blocks.push({ kind: 'item', marker: itemMarker, depth: Math.max(0, lists.length - 1), inlines: content });
      itemMarker = '';
    } else blocks.push({ kind: 'paragraph', style: quotes > 0 ? 'quote' : 'body', inlines: content });
  };

  const emitTable = (done: { rows: TableCellBlock[][] }) => {
    const rows = done.rows.filter((row) => row.length > 0);
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
  };

  const addText = (text: string) => {
    // HTML collapses white space; a non-breaking space stays.
    const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
    if (collapsed === '') return;
    inlines.push({
      text: collapsed,
      ...(style.bold > 0 ? { bold: true } : {}),
      ...(style.italics > 0 || (quotes > 0 && !tableCell) ? { italics: true } : {}),
      ...(style.underline > 0 ? { underline: true } : {}),
      ...(style.strike > 0 ? { strike: true } : {}),
    });
  };

  const inlineStyles: Record<string, keyof typeof style> = { strong: 'bold', b: 'bold', em: 'italics', i: 'italics', u: 'underline', s: 'strike' };

  for (const token of tokenize(html)) {
    if (token.type === 'text') {
      addText(token.text);
      continue;
    }
    const { name } = token;
    const key = inlineStyles[name];
    if (key) {
      style[key] = Math.max(0, style[key] + (token.type === 'open' ? 1 : -1));
      continue;
    }
    // A paragraph or a heading ends what came before it, opening or closing.
    if (name === 'p' || headingTags.has(name)) {
      flush();
      heading = token.type === 'open' && name !== 'p' ? (Number(name[1]) as 2 | 3 | 4) : null;
      continue;
    }
    if (token.type === 'open') {
      switch (name) {
        case 'br':
          inlines.push({ break: true });
          break;
        case 'blockquote':
          flush();
          quotes += 1;
          break;
        case 'ul':
        case 'ol':
          flush();
          lists.push({ ordered: name === 'ol', count: 0 });
          break;
        case 'li': {
          flush();
          const list = lists.at(-1);
          if (list) list.count += 1;
          itemMarker = !list ? '-' : list.ordered ? `${list.count}.` : lists.length > 1 ? '+' : '-';
          break;
        }
        case 'a':
          links.push({ href: token.attrs.href ?? '', start: inlines.length });
          break;
        case 'table':
          flush();
          if (tableCell) nestedTables += 1;
          else if (!table) table = { rows: [] };
          break;
        case 'tr':
          if (table && !tableCell) table.rows.push([]);
          break;
        case 'td':
        case 'th':
          if (table && !tableCell) {
            flush();
            if (table.rows.length === 0) table.rows.push([]);
            tableCell = { header: name === 'th', colSpan: span(token.attrs.colspan), rowSpan: span(token.attrs.rowspan), paragraphs: [] };
            if (name === 'th') style.bold += 1;
          } else flush();
          break;
      }
      continue;
    }
    switch (name) {
      case 'blockquote':
        flush();
        quotes = Math.max(0, quotes - 1);
        break;
      case 'ul':
      case 'ol':
        flush();
        lists.pop();
        // Back in the enclosing item: its further paragraphs continue it.
        itemMarker = lists.length > 0 ? '' : null;
        break;
      case 'li':
        flush();
        itemMarker = null;
        break;
      case 'a': {
        const link = links.pop();
        const text = inlines
          .slice(link?.start ?? inlines.length)
          .map((inline) => ('text' in inline ? inline.text : ' '))
          .join('')
          .trim();
        // A link keeps its address in the printed text unless the text is the address.
        if (link?.href && text !== link.href && text !== link.href.replace(/^mailto:/, '')) addText(` (${link.href.replace(/^mailto:/, '')})`);
        break;
      }
      case 'td':
      case 'th':
        if (tableCell && nestedTables === 0) {
          flush();
          table!.rows.at(-1)!.push(tableCell);
          if (tableCell.header) style.bold = Math.max(0, style.bold - 1);
          tableCell = null;
        } else flush();
        break;
      case 'table':
        flush();
        if (nestedTables > 0) nestedTables -= 1;
        else if (table && !tableCell) {
          emitTable(table);
          table = null;
        }
        break;
    }
  }
  // Unclosed elements (never in sanitized HTML) still give their text.
  flush();
  if (tableCell) table!.rows.at(-1)!.push(tableCell);
  if (table) emitTable(table);
  return blocks;
}
