/**
 * Who leads a task and who takes part, read from how plans phrase it:
 * - cue words: "X chủ trì", "X phụ trách", "X chịu trách nhiệm", "Giao X …",
 *   "… phối hợp (với|cùng) Y", "Đơn vị chủ trì: X; đơn vị phối hợp: Y";
 * - the doer of a sentence: "Ban Thường vụ Đoàn Khối theo dõi …", "Các phòng, đơn vị: chủ động …",
 *   "Hàng năm, chi ủy chi bộ dự kiến …", and "A đề nghị B thực hiện …" where B is the doer;
 * - inside a "Phân công:" field, or beside a named lead, the other doers ("Y và Z tham gia",
 *   "Đoàn Khối vận động …") take part rather than lead.
 * Names are kept as written; matching them to org units is `unit-matching.ts`'s job.
 */
import { foldPreservingOffsets } from '../domain/timeframe.ts';
import { foldVietnamese } from '../domain/text.ts';
import { readUnitList, tokenAt, tokenize, type Token, type UnitMention } from './unit-names.ts';

export interface Assignment {
  lead: string[];
  partners: string[];
}

export interface AssignmentOptions {
  /** The text is a "Phân công:"/"Phụ trách:" field, where doers other than the lead are partners. */
  assignmentField?: boolean;
}

type Role = 'lead' | 'partner' | 'partnerBesideLead';

interface Found {
  unit: UnitMention;
  role: Role;
}

const LEAD_CUE = /(?<![a-z0-9])(?:chu tri|phu trach|chiu trach nhiem)(?![a-z0-9])(?!\s*:)/g;
const PARTNER_CUE = /(?<![a-z0-9])phoi hop(?![a-z0-9])(?!\s*:)/g;
const LABELLED_LEAD = /(?:(?:đơn vị|cơ quan|bộ phận)\s+)?chủ trì\s*:\s*([^;.\n]+)/giu;
const LABELLED_PARTNERS = /(?:(?:đơn vị|cơ quan|bộ phận)\s+)?phối hợp\s*:\s*([^;.\n]+)/giu;
/** Words between "phối hợp" and the partner: "phối hợp chặt chẽ với", "phối hợp tốt". */
const PARTNER_CONNECTORS = new Set(['voi', 'cung', 'chat', 'che', 'tot']);
/** Verbs by which the doer hands the task to someone else: "Ban Thường vụ đề nghị đảng ủy cơ sở …". */
const HANDING_VERBS = /(?:de nghi|yeu cau|giao)(?![a-z0-9])/y;
const TAKING_PART_VERBS = /(?:tham gia|phoi hop)(?![a-z0-9])/y;
const GIVING_CUE = /(?<![a-z0-9])giao(?![a-z0-9])/g;
/** Words after a name that show it is not the doer: "Đoàn thể nào …", "Ban … của …". */
const NOT_A_VERB = new Set(['cua', 'nao', 'nay', 'do', 'khac', 'la', 'voi', 've', 'o', 'tai', 'trong', 'thuoc', 'va', 'cac']);
/** Openings after which the doer follows a comma: "Riêng đoàn viên …, Ban Thường vụ Đoàn Khối theo dõi". */
const FRAMING_OPENING = /^(?:rieng|doi voi|tren co so|qua|can cu|sau khi|trong|tai)(?![a-z0-9])/;
const TIME_OPENING = /^(?:(?:hang|moi) (?:nam|quy|thang)|dinh ky(?: (?:hang|moi) (?:nam|quy|thang))?)(?![a-z0-9])\s*,?\s*/;
const SHORT_OPENING_WORDS = 4;
/**
 * How far before a cue (or into a sentence) a list of names may reach. The longest real list
 * in the seeds is ~140 characters; the bound keeps pathological input linear.
 */
const MAX_LIST_REACH = 400;
const LABEL_AFTER_NAME = /(?:chu tri|phoi hop)\s*:/y;

export function readAssignment(text: string, options: AssignmentOptions = {}): Assignment {
  const folded = foldPreservingOffsets(text);
  const source: Source = {
    text,
    folded,
    tokens: tokenize(text, folded),
    leadCues: positions(folded, LEAD_CUE),
    partnerCues: positions(folded, PARTNER_CUE),
    givingCues: positions(folded, GIVING_CUE),
  };
  const found: Found[] = [];
  found.push(...labelled(text, LABELLED_LEAD, 'lead'), ...labelled(text, LABELLED_PARTNERS, 'partner'));
  for (const sentence of sentences(text)) {
    found.push(...leadCues(source, sentence));
    found.push(...partnerCues(source, sentence));
    found.push(...givenTo(source, sentence));
    found.push(...doer(source, sentence, options));
  }
  return resolve(found);
}

/** "X, Y và Z" of a labelled lead or partner field. */
export function splitUnitNames(value: string): string[] {
  const tokens = tokenize(value);
  const { units, next } = readUnitList(value, tokens, 0, { lowerCaseHead: true });
  if (units.length > 0 && next >= tokens.length - 1) return units.map((unit) => unit.name);
  return value
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((part) => part.replace(/[.\s]+$/, '').trim())
    .filter((part) => part.length > 0);
}

interface Sentence {
  from: number;
  to: number;
}

/** The text with what every sentence needs from it, computed once. */
interface Source {
  text: string;
  folded: string;
  tokens: Token[];
  /** Offsets of cue words, ascending. */
  leadCues: number[];
  partnerCues: number[];
  givingCues: number[];
}

function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const boundary = /[.!?]+(?=\s|$)|\n/g;
  let from = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    result.push({ from, to: match.index });
    from = match.index + match[0].length;
  }
  result.push({ from, to: text.length });
  return result
    .map(({ from: start, to }) => {
      const leading = text.slice(start, to).search(/\S/);
      return { from: leading < 0 ? to : start + leading, to };
    })
    .filter((sentence) => sentence.to > sentence.from);
}

function labelled(text: string, pattern: RegExp, role: Role): Found[] {
  const found: Found[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[1]!;
    const from = match.index + match[0].length - value.length;
    for (const name of splitUnitNames(value)) {
      found.push({ unit: { name, from: from + Math.max(0, value.indexOf(name)), to: from + value.length }, role });
    }
  }
  return found;
}

/**
 * "X chủ trì": the longest list of names that ends right before the cue. Inside a sentence the
 * list must start with a capital, so that "đôn đốc các phòng, đơn vị phụ trách" (the units in
 * charge, as objects) does not read as "đơn vị" leading.
 */
function leadCues({ text, tokens, leadCues: all }: Source, sentence: Sentence): Found[] {
  const found: Found[] = [];
  const cues = within(all, sentence);
  const boundaries = cues.length > 0 ? clauseStarts(text, sentence.from, sentence.to) : [];
  for (const cue of cues) {
    const reach = cue - MAX_LIST_REACH;
    const nearby = boundaries.slice(lowerBound(boundaries, reach), lowerBound(boundaries, cue));
    const starts = [...(sentence.from >= reach ? [sentence.from] : []), ...nearby];
    for (const start of starts) {
      let index = tokenAt(tokens, start);
      if (tokens[index]?.folded === 'giao') index++;
      const { units, next } = readUnitList(text, tokens, index, { lowerCaseHead: start === sentence.from });
      if (units.length > 0 && tokens[next]?.from === cue) {
        found.push(...units.map((unit) => ({ unit, role: 'lead' as const })));
        break;
      }
    }
  }
  return found;
}

/** "… phối hợp (với) Y". */
function partnerCues({ text, tokens, partnerCues: all }: Source, sentence: Sentence): Found[] {
  const found: Found[] = [];
  for (const cue of within(all, sentence)) {
    let index = tokenAt(tokens, cue) + 2;
    for (let skipped = 0; skipped < 3 && PARTNER_CONNECTORS.has(tokens[index]?.folded ?? ''); skipped++) index++;
    const { units } = readUnitList(text, tokens, index, { lowerCaseHead: true });
    found.push(...units.filter((unit) => unit.to <= sentence.to).map((unit) => ({ unit, role: 'partner' as const })));
  }
  return found;
}

/** "Giao X …" at the start of a clause. */
function givenTo({ text, tokens, givingCues: all }: Source, sentence: Sentence): Found[] {
  const found: Found[] = [];
  for (const cue of within(all, sentence)) {
    const before = text.slice(sentence.from, cue).trimEnd();
    if (before.length > 0 && !',(;'.includes(before[before.length - 1]!)) continue;
    const { units } = readUnitList(text, tokens, tokenAt(tokens, cue) + 1, { lowerCaseHead: false });
    found.push(...units.map((unit) => ({ unit, role: 'lead' as const })));
  }
  return found;
}

/**
 * The doer of the sentence leads, or takes part beside a named lead; "A đề nghị B thực hiện …"
 * hands the task to B.
 */
function doer(source: Source, sentence: Sentence, options: AssignmentOptions): Found[] {
  const { text, folded, tokens } = source;
  const subject = readDoer(source, sentence);
  if (!subject) return [];
  if (startsWith(folded, HANDING_VERBS, subject.verbAt)) {
    const verb = tokenAt(tokens, subject.verbAt);
    const length = folded.startsWith('giao', subject.verbAt) ? 1 : 2;
    const { units } = readUnitList(text, tokens, verb + length, { lowerCaseHead: true });
    return (units.length > 0 ? units : subject.units).map((unit) => ({ unit, role: 'lead' as const }));
  }
  const role: Role = options.assignmentField || startsWith(folded, TAKING_PART_VERBS, subject.verbAt) ? 'partnerBesideLead' : 'lead';
  return subject.units.map((unit) => ({ unit, role }));
}

/** Whether a sticky pattern matches at `offset`. */
function startsWith(folded: string, pattern: RegExp, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(folded);
}

/** The names a sentence opens with, if a verb (or ":") follows them. */
function readDoer({ text, folded, tokens }: Source, sentence: Sentence): { units: UnitMention[]; verbAt: number } | null {
  for (const { start, lowerCaseHead } of doerStarts(text, folded, sentence)) {
    const { units, next } = readUnitList(text, tokens, tokenAt(tokens, start), { lowerCaseHead });
    const follower = tokens[next];
    if (units.length === 0 || !follower || follower.from >= sentence.to) continue;
    // "Đơn vị chủ trì: …" is a label, read by `labelled`.
    if (startsWith(folded, LABEL_AFTER_NAME, follower.from)) return null;
    const isVerb = follower.kind === 'word' && !follower.capitalized && !NOT_A_VERB.has(follower.folded);
    if (isVerb || follower.text === ':') {
      const verbAt = follower.text === ':' ? (tokens[next + 1]?.from ?? follower.to) : follower.from;
      return { units, verbAt };
    }
  }
  return null;
}

function doerStarts(text: string, folded: string, sentence: Sentence): Array<{ start: number; lowerCaseHead: boolean }> {
  const starts = [{ start: sentence.from, lowerCaseHead: false }];
  const opening = folded.slice(sentence.from, Math.min(sentence.to, sentence.from + MAX_LIST_REACH));
  const time = TIME_OPENING.exec(opening);
  if (time) starts.push({ start: sentence.from + time[0].length, lowerCaseHead: true });
  const comma = opening.indexOf(',');
  if (comma >= 0 && opening.slice(0, comma).trim().split(/\s+/).length <= SHORT_OPENING_WORDS + 1) {
    starts.push({ start: sentence.from + comma + 1, lowerCaseHead: true });
  }
  if (FRAMING_OPENING.test(opening)) {
    const framing = clauseStarts(text, sentence.from, sentence.from + opening.length, ',');
    starts.push(...framing.map((start) => ({ start, lowerCaseHead: true })));
  }
  return starts;
}

/** Index of the first element of a sorted array that is >= value. */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Offsets just after each ",", "(" or ";" (or only the given characters) in [from, to). */
function clauseStarts(text: string, from: number, to: number, characters = ',(;'): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    if (characters.includes(text[i]!)) starts.push(i + 1);
  }
  return starts;
}

function positions(folded: string, pattern: RegExp): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) found.push(match.index);
  return found;
}

/** The offsets that fall inside the sentence. */
function within(sorted: number[], sentence: Sentence): number[] {
  return sorted.slice(lowerBound(sorted, sentence.from), lowerBound(sorted, sentence.to));
}

/** Orders names as they appear, drops repeats, and settles doers beside a named lead. */
function resolve(found: Found[]): Assignment {
  const hasLead = found.some((entry) => entry.role === 'lead');
  const lead: string[] = [];
  const partners: string[] = [];
  const seen = new Set<string>();
  const ordered = [...found].sort((a, b) => a.unit.from - b.unit.from);
  for (const entry of ordered.filter((item) => item.role === 'lead' || (item.role === 'partnerBesideLead' && !hasLead))) {
    const key = foldVietnamese(entry.unit.name);
    if (!seen.has(key)) {
      seen.add(key);
      lead.push(entry.unit.name);
    }
  }
  for (const entry of ordered.filter((item) => item.role !== 'lead')) {
    const key = foldVietnamese(entry.unit.name);
    if (!seen.has(key)) {
      seen.add(key);
      partners.push(entry.unit.name);
    }
  }
  return { lead, partners };
}
