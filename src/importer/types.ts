/**
 * The import contract: what `parsePlanText` returns and `congtac import-plan --json` prints.
 * Field names follow the glossary; the shape is fixed, so anything the review screen needs
 * beyond it (source line spans) travels separately in `PlanSources`.
 */
import type { Timeframe } from '../domain/timeframe.ts';

export type DocumentKind = 'plan' | 'guidance' | 'program' | 'other';

export type SectionRole =
  | 'purpose'
  | 'objectives'
  | 'content'
  | 'tasks'
  | 'targets'
  | 'implementation'
  | 'appendix'
  | 'other';

/** A registry number "Số 30-KH/ĐUK" and date, of this document or of one of its bases. */
export interface DocumentReference {
  number: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  issuedOn: string | null;
}

export interface Signature {
  capacity: string | null;
  position: string | null;
  signer: string | null;
}

export interface ExtractedDocument extends DocumentReference {
  kind: DocumentKind;
  title: string;
  place: string | null;
  bases: DocumentReference[];
  recipients: string[];
  signature: Signature | null;
}

export interface ExtractedSection {
  code: string;
  title: string;
  role: SectionRole;
}

export interface ExtractedTask {
  code: string;
  parentCode: string | null;
  title: string;
  description: string;
  lead: string[];
  partners: string[];
  timeframe: Timeframe;
}

export type Comparator = '>=' | '>' | '=' | '<=' | '<';

export interface ExtractedTarget {
  text: string;
  comparator: Comparator;
  value: number;
  unit: 'percent' | 'count';
  subject: string | null;
}

export interface PlanExtraction {
  document: ExtractedDocument;
  sections: ExtractedSection[];
  tasks: ExtractedTask[];
  targets: ExtractedTarget[];
}

/** 1-based, inclusive line range in the imported text. */
export interface SourceSpan {
  line: number;
  endLine: number;
}

export interface TaskSources {
  /** The whole task: its title paragraph through its last own paragraph (sub-tasks excluded). */
  task: SourceSpan;
  title: SourceSpan;
  timeframe: SourceSpan | null;
  assignment: SourceSpan | null;
}

/** Where each extracted field came from, keyed like the extraction (task and section codes, list indexes). */
export interface PlanSources {
  document: {
    number: SourceSpan | null;
    kind: SourceSpan | null;
    title: SourceSpan | null;
    placeAndDate: SourceSpan | null;
    bases: SourceSpan[];
    recipients: SourceSpan[];
    signature: SourceSpan | null;
  };
  sections: Record<string, SourceSpan>;
  tasks: Record<string, TaskSources>;
  targets: SourceSpan[];
}
