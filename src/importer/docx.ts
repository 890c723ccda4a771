/**
 * A Word document as the plain text the plan parser reads: one paragraph per line, blank lines
 * between, each list paragraph after the number or bullet Word shows for it ("I.", "1.", "a)",
 * "-"; `docx-numbering.ts`), and each activity table as numbered items with labelled fields
 * (`docx-tables.ts`).
 *
 * What a reader sees is kept: text runs (tabs and breaks as spaces), hyperlinks' text, inserted
 * text, field results, content controls, smart tags and text boxes (after their paragraph).
 * What it does not see is dropped: deleted and moved-away text, field codes, footnote, endnote
 * and comment references. A paragraph whose mark was deleted runs on into the next one.
 */
import { ListNumbering, symbolCharacter } from './docx-numbering.ts';
import { readDocxPackage } from './docx-package.ts';
import { type Line, lineText, type TableCell, tableLines } from './docx-tables.ts';
import { child, childElements, type XmlElement, type XmlNode } from './docx-xml.ts';

/** Markup without text a reader sees, or with text Word does not show. */
const HIDDEN = new Set([
  'w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:sdtPr', 'w:sdtEndPr', 'w:del', 'w:moveFrom', 'w:fldChar',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:annotationRef', 'w:footnoteRef', 'w:endnoteRef',
]);

/** Converts a .docx file's content to plan text; throws `DocxReadError` for anything else. */
export async function docxToText(buffer: Uint8Array): Promise<string> {
  const { body, numbering, styles } = readDocxPackage(buffer);
  const lines = new TextWriter(new ListNumbering(numbering, styles)).blocks(body.children, []);
  return lines.map(lineText).join('\n\n');
}

class TextWriter {
  /** Content of paragraphs whose mark was deleted, read as the start of the next paragraph. */
  private carried: XmlNode[] = [];

  constructor(private readonly numbering: ListNumbering) {}

  blocks(nodes: XmlNode[], out: Line[]): Line[] {
    for (const node of nodes) {
      if (typeof node === 'string' || HIDDEN.has(node.name)) continue;
      if (node.name === 'w:p') this.paragraph(node, out);
      else if (node.name === 'w:tbl') out.push(...tableLines(this.rows(node)));
      else if (node.name === 'mc:AlternateContent') this.blocks(alternative(node), out);
      else this.blocks(node.children, out);
    }
    return out;
  }

  private paragraph(paragraph: XmlElement, out: Line[]): void {
    const properties = child(paragraph, 'w:pPr');
    if (child(child(properties, 'w:rPr'), 'w:del')) {
      this.carried.push(...paragraph.children);
      return;
    }
    const content = this.carried.length > 0 ? [...this.carried, ...paragraph.children] : paragraph.children;
    this.carried = [];
    const marker = this.numbering.marker(properties);
    const parts: string[] = [];
    const textBoxes: Line[] = [];
    this.inline(content, parts, textBoxes);
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text.length > 0) out.push({ marker, text });
    out.push(...textBoxes);
  }

  private inline(nodes: XmlNode[], parts: string[], textBoxes: Line[]): void {
    for (const node of nodes) {
      if (typeof node === 'string') parts.push(node);
      else if (HIDDEN.has(node.name)) continue;
      else if (node.name === 'w:tab' || node.name === 'w:ptab' || node.name === 'w:br' || node.name === 'w:cr') parts.push(' ');
      else if (node.name === 'w:noBreakHyphen') parts.push('-');
      else if (node.name === 'w:sym') parts.push(symbolCharacter(node.attributes['w:char'] ?? ''));
      else if (node.name === 'w:txbxContent') this.blocks(node.children, textBoxes);
      else if (node.name === 'mc:AlternateContent') this.inline(alternative(node), parts, textBoxes);
      else this.inline(node.children, parts, textBoxes);
    }
  }

  private rows(table: XmlElement): TableCell[][] {
    return wrapped(table, 'w:tr')
      .filter((row) => !child(child(row, 'w:trPr'), 'w:del'))
      .map((row) => {
        let column = Number(child(child(row, 'w:trPr'), 'w:gridBefore')?.attributes['w:val'] ?? 0) || 0;
        return wrapped(row, 'w:tc').map((cell) => {
          const properties = child(cell, 'w:tcPr');
          const span = Math.max(1, Number(child(properties, 'w:gridSpan')?.attributes['w:val'] ?? 1) || 1);
          const vMerge = child(properties, 'w:vMerge');
          const tableCell: TableCell = { column, span, merged: vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart', lines: this.blocks(cell.children, []) };
          column += span;
          return tableCell;
        });
      });
  }
}

/** Rows of a table or cells of a row, also inside content controls and custom XML. */
function wrapped(parent: XmlElement, name: string): XmlElement[] {
  return childElements(parent).flatMap((element) => {
    if (element.name === name) return [element];
    if (element.name === 'w:sdt') return wrapped(child(element, 'w:sdtContent') ?? element, name);
    return element.name === 'w:customXml' || element.name === 'w:ins' ? wrapped(element, name) : [];
  });
}

/** The fallback branch of `mc:AlternateContent` (the same content in markup every reader knows), else the choice. */
function alternative(element: XmlElement): XmlNode[] {
  return (child(element, 'mc:Fallback') ?? child(element, 'mc:Choice'))?.children ?? [];
}
