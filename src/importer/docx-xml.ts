/**
 * The XML of a Word package as a small tree. saxes reads it strictly (a damaged part throws);
 * the tree keeps what the text writer needs and leaves out the bulk of a document's markup:
 * run formatting (`w:rPr` outside a paragraph's own properties), table and section layout,
 * and text outside `w:t` (the whitespace between tags, field codes, deleted text).
 *
 * Word always writes the prefixes `w:`, `mc:`, `r:`; another producer may bind the same
 * namespaces to other prefixes (or to none), so names are rewritten to Word's prefixes when
 * the root element says so.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const TEXT_ELEMENT = 'w:t';
const SKIPPED_ELEMENTS = new Set(['w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:tblPrEx', 'w:rPrChange', 'w:pPrChange', 'w:instrText']);

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': '',
};

/** Parses one part; throws on XML that is not well formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser<{}>({ xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let rename: ((name: string) => string) | null = null;
  let skipped = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (skipped > 0) {
      if (!tag.isSelfClosing) skipped++;
      return;
    }
    const parent = stack[stack.length - 1]!;
    if (parent === root) rename = renamer(tag.attributes);
    const name = rename ? rename(tag.name) : tag.name;
    if (SKIPPED_ELEMENTS.has(name) || (name === 'w:rPr' && parent.name !== 'w:pPr')) {
      if (!tag.isSelfClosing) skipped = 1;
      return;
    }
    const element: XmlElement = { name, attributes: rename ? renameAttributes(tag.attributes, rename) : tag.attributes, children: [] };
    parent.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.isSelfClosing) return;
    if (skipped > 0) skipped--;
    else stack.pop();
  });
  parser.on('text', (text: string) => {
    const top = stack[stack.length - 1]!;
    if (skipped === 0 && top.name === TEXT_ELEMENT) top.children.push(text);
  });
  parser.write(xml).close();
  const documentElement = root.children[0];
  if (typeof documentElement !== 'object') throw new Error('no root element');
  return documentElement;
}

/** Null when the root binds Word's namespaces to Word's own prefixes (the usual case). */
function renamer(attributes: Record<string, string>): ((name: string) => string) | null {
  const prefixes = new Map<string, string>();
  for (const [attribute, uri] of Object.entries(attributes)) {
    const canonical = PREFIXES[uri];
    if (canonical === undefined || !attribute.startsWith('xmlns')) continue;
    const prefix = attribute === 'xmlns' ? '' : attribute.slice('xmlns:'.length);
    if (prefix !== canonical) prefixes.set(prefix, canonical);
  }
  if (prefixes.size === 0) return null;
  return (name) => {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const canonical = prefixes.get(prefix);
    if (canonical === undefined) return name;
    return `${canonical}${canonical ? ':' : ''}${name.slice(colon + 1)}`;
  };
}

function renameAttributes(attributes: Record<string, string>, rename: (name: string) => string): Record<string, string> {
  const renamed: Record<string, string> = {};
  // Unprefixed attributes belong to no namespace, whatever the default namespace is.
  for (const [name, value] of Object.entries(attributes)) renamed[name.includes(':') ? rename(name) : name] = value;
  return renamed;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node === 'object' && node.name === name) return node;
  return undefined;
}

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((node): node is XmlElement => typeof node === 'object' && (name === undefined || node.name === name));
}

/** The `w:val` (or other) attribute of a named child: `<w:numId w:val="3"/>` → "3". */
export function childValue(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attributes[attribute];
}

/** An on/off property such as `<w:isLgl/>` or `<w:del w:val="0"/>`. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || (value !== '0' && value !== 'false' && value !== 'off');
}
