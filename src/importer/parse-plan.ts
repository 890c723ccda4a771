/**
 * Document → draft plan. `parsePlanText` is pure; `parsePlanFile` only adds reading the file
 * (.txt as UTF-8, .docx through `docx.ts`). The result follows the import contract in
 * `types.ts`; `parsePlan` also returns where each field came from, for the review screen.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readBases } from './bases.ts';
import { docxToText } from './docx.ts';
import { readHeader, type Header } from './header.ts';
import { normalizeText, type Paragraph } from './normalize.ts';
import { findRecipientsHeading, readRecipients } from './recipients.ts';
import { splitSections, type SectionSplit } from './sections.ts';
import { findTrailingSignature, readSignature, type SignatureBlock } from './signature.ts';
import { readTargets } from './targets.ts';
import { buildTasks } from './tasks.ts';
import type { PlanExtraction, PlanSources, SourceSpan } from './types.ts';

export interface ParsedPlan {
  extraction: PlanExtraction;
  sources: PlanSources;
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx'] as const;

export class UnsupportedFileError extends Error {
  constructor(path: string) {
    super(`Unsupported file type "${extname(path) || path}": expected ${SUPPORTED_EXTENSIONS.join(' or ')}`);
    this.name = 'UnsupportedFileError';
  }
}

export function parsePlanText(text: string): PlanExtraction {
  return parsePlan(text).extraction;
}

export async function parsePlanFile(path: string): Promise<PlanExtraction> {
  return parsePlanText(await readPlanFile(path));
}

/** The text of a plan file as the parser reads it (a .docx is converted first). */
export async function readPlanFile(path: string): Promise<string> {
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') return readFile(path, 'utf8');
  if (extension === '.docx') return docxToText(await readFile(path));
  throw new UnsupportedFileError(path);
}

export function parsePlan(text: string): ParsedPlan {
  const paragraphs = normalizeText(text);
  const header = readHeader(paragraphs);
  const closing = readClosing(paragraphs, header.bodyStart);
  const split = splitSections(paragraphs.slice(header.bodyStart, closing.bodyEnd));
  const bases = readBases(split.preamble);
  const tasks = buildTasks(split, planYear(header));
  const targets = readTargets(targetParagraphs(split));
  return {
    extraction: {
      document: {
        number: header.number,
        typeCode: header.typeCode,
        issuerCode: header.issuerCode,
        kind: header.kind,
        title: header.title,
        place: header.place,
        issuedOn: header.issuedOn,
        bases: bases.bases,
        recipients: closing.recipients,
        signature: closing.signature?.signature ?? null,
      },
      sections: split.sections.map(({ code, title, role }) => ({ code, title, role })),
      tasks: tasks.map((draft) => draft.task),
      targets: targets.map((finding) => finding.target),
    },
    sources: {
      document: {
        ...header.sources,
        bases: bases.sources,
        recipients: closing.recipientSources,
        signature: closing.signature?.source ?? null,
      },
      sections: Object.fromEntries(split.sections.map((section) => [section.code, spanOf(section.heading)])),
      tasks: Object.fromEntries(tasks.map((draft) => [draft.task.code, draft.sources])),
      targets: targets.map((finding) => finding.source),
    },
  };
}

interface Closing {
  bodyEnd: number;
  recipients: string[];
  recipientSources: SourceSpan[];
  signature: SignatureBlock | null;
}

/** "Nơi nhận" and the signature end the body; either may come first when read from a table. */
function readClosing(paragraphs: Paragraph[], bodyStart: number): Closing {
  const heading = findRecipientsHeading(paragraphs, bodyStart);
  if (heading < 0) {
    const signature = findTrailingSignature(paragraphs, bodyStart);
    return { bodyEnd: signature?.start ?? paragraphs.length, recipients: [], recipientSources: [], signature };
  }
  const list = readRecipients(paragraphs, heading);
  const after = list.end < paragraphs.length ? readSignature(paragraphs, list.end) ?? findTrailingSignature(paragraphs, list.end) : null;
  const before = after ? null : findTrailingSignature(paragraphs.slice(0, heading), bodyStart);
  return {
    bodyEnd: before?.start ?? heading,
    recipients: list.recipients,
    recipientSources: list.sources,
    signature: after ?? before,
  };
}

/** The year relative phrases refer to: the issue date's, else one named in the title ("… năm 2018"). */
function planYear(header: Header): number | null {
  if (header.issuedOn) return Number(header.issuedOn.slice(0, 4));
  const named = /\b((?:19|20)\d{2})\b/.exec(header.title);
  return named ? Number(named[1]) : null;
}

/** Targets may be stated anywhere except in annexes. */
function targetParagraphs(split: SectionSplit): Paragraph[] {
  return [
    ...split.preamble,
    ...split.body,
    ...split.sections.filter((section) => section.role !== 'appendix').flatMap((section) => section.paragraphs),
  ];
}

function spanOf(paragraph: Paragraph): SourceSpan {
  return { line: paragraph.line, endLine: paragraph.endLine };
}
