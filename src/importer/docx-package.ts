/**
 * The parts of a Word package the text writer reads: the main document, its numbering
 * definitions and its styles. fflate unzips only those entries; the package relationships say
 * where the main document is (`word/document.xml` in every file Word writes) and where its
 * numbering and styles are. Anything that is not such a package — not a zip, a zip without a
 * main document, a part that is not well-formed XML — is a `DocxReadError`.
 */
import { unzipSync } from 'fflate';
import { child, parseXml, type XmlElement } from './docx-xml.ts';

export interface DocxPackage {
  /** `w:body` of the main document. */
  body: XmlElement;
  numbering: XmlElement | null;
  styles: XmlElement | null;
}

export class DocxReadError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`tệp bị hỏng hoặc không phải tệp .docx (${reason})`, options);
    this.name = 'DocxReadError';
  }
}

const PACKAGE_RELATIONSHIPS = '_rels/.rels';
const MAIN_DOCUMENT = 'word/document.xml';
const RELATIONSHIP_TYPES = { main: '/officeDocument', numbering: '/numbering', styles: '/styles' };
/** A 30-page plan's document part is about 0.5 MB; far more is a zip bomb, not a plan. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export function readDocxPackage(bytes: Uint8Array): DocxPackage {
  const zip = new PartReader(bytes);
  zip.load([PACKAGE_RELATIONSHIPS, MAIN_DOCUMENT, relationshipsOf(MAIN_DOCUMENT), 'word/numbering.xml', 'word/styles.xml']);
  const main = zip.target(PACKAGE_RELATIONSHIPS, '', RELATIONSHIP_TYPES.main) ?? MAIN_DOCUMENT;
  const mainRelationships = relationshipsOf(main);
  zip.load([main, mainRelationships]);
  const document = zip.xml(main);
  if (!document) throw new DocxReadError(`không có ${main}`);
  const body = child(document, 'w:body');
  if (document.name !== 'w:document' || !body) throw new DocxReadError(`${main} không phải nội dung Word`);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const numberingPath = zip.target(mainRelationships, folder, RELATIONSHIP_TYPES.numbering);
  const stylesPath = zip.target(mainRelationships, folder, RELATIONSHIP_TYPES.styles);
  zip.load([numberingPath, stylesPath].filter((path): path is string => path !== null));
  return { body, numbering: numberingPath ? zip.xml(numberingPath) : null, styles: stylesPath ? zip.xml(stylesPath) : null };
}

/** Unzips entries on demand (each `load` reads the central directory once) and parses them. */
class PartReader {
  private readonly entries = new Map<string, Uint8Array>();
  private readonly tried = new Set<string>();
  private readonly parsed = new Map<string, XmlElement>();

  constructor(private readonly bytes: Uint8Array) {}

  load(paths: string[]): void {
    const wanted = new Set(paths.filter((path) => !this.tried.has(path)));
    if (wanted.size === 0) return;
    for (const path of wanted) this.tried.add(path);
    let files: Record<string, Uint8Array>;
    let oversized: string | null = null;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (wanted.has(file.name) && file.originalSize > MAX_PART_BYTES) oversized = file.name;
          return wanted.has(file.name) && oversized === null;
        },
      });
    } catch (error) {
      throw new DocxReadError('không mở được gói nén ZIP', { cause: error });
    }
    if (oversized !== null) throw new DocxReadError(`${oversized} quá lớn`);
    for (const [name, content] of Object.entries(files)) this.entries.set(name, content);
  }

  xml(path: string): XmlElement | null {
    const content = this.entries.get(path);
    if (!content) return null;
    try {
      const element = this.parsed.get(path) ?? parseXml(decode(content));
      this.parsed.set(path, element);
      return element;
    } catch (error) {
      throw new DocxReadError(`${path} không phải XML hợp lệ: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /** Where the first relationship of a type points, as a path inside the package. */
  target(relationshipsPath: string, folder: string, type: string): string | null {
    const relationships = this.xml(relationshipsPath);
    const relationship = relationships?.children.find((node) => typeof node === 'object' && node.attributes.Type?.endsWith(type) === true);
    const target = typeof relationship === 'object' ? relationship.attributes.Target : undefined;
    if (!target || typeof relationship !== 'object' || relationship.attributes.TargetMode === 'External') return null;
    return resolvePath(folder, target);
  }
}

function relationshipsOf(path: string): string {
  const slash = path.lastIndexOf('/') + 1;
  return `${path.slice(0, slash)}_rels/${path.slice(slash)}.rels`;
}

function resolvePath(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

/** XML parts are UTF-8 (Word) or UTF-16 with a byte order mark; a UTF-8 one is dropped. */
function decode(content: Uint8Array): string {
  const encoding = content[0] === 0xff && content[1] === 0xfe ? 'utf-16le' : content[0] === 0xfe && content[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(content);
}
