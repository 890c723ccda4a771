/**
 * Matches unit names as a document writes them ("Đoàn Khối", "Công đoàn viên chức", "BTG",
 * "VP ĐUK", "Thường trực Công đoàn Viên chức Thành phố") to the org units of the deployment.
 * Names are compared word by word, folded (no diacritics, lower case); a word may stand for
 * a run of the unit's words by their initials ("BTG" = Ban Tuyên giáo), and words may be left
 * out ("Đoàn Khối" = Đoàn Thanh niên Khối). A name that matches nothing, or two units equally
 * well, or names a group ("các đoàn thể Khối"), is returned as unmatched for the reviewer to
 * settle: nothing is dropped or guessed.
 */
import { foldedWords } from '../domain/text.ts';

export interface OrgUnitRef {
  id: string;
  name: string;
  shortName?: string | null;
}

export interface UnitCandidate {
  unitId: string;
  unitName: string;
  /** 1 for the same name; lower as more words are left out or abbreviated. */
  score: number;
}

export interface UnitMatch extends UnitCandidate {
  /** The name as the document wrote it. */
  name: string;
}

export interface UnitMatching {
  matches: UnitMatch[];
  unmatched: string[];
}

/** Below this a match is too loose to propose ("Ban" alone against "Ban Tuyên giáo Thành ủy"). */
const MIN_SCORE = 0.3;
const ABBREVIATION_FACTOR = 0.95;
const PREFIX_FACTOR = 0.95;
/** Office-holders of a unit stand for the unit: "Thường trực X", "Ban Thường vụ X" → X. */
const OFFICE_PREFIXES = [['thuong', 'truc'], ['ban', 'thuong', 'vu'], ['ban', 'chap', 'hanh'], ['lanh', 'dao']];
const IGNORED_WORDS = new Set(['cac']);
/** "Các đoàn thể khối", "những chi bộ …" name several units: never one of them. */
const GROUP_WORDS = ['cac', 'nhung'];

interface PreparedUnit {
  unit: OrgUnitRef;
  forms: string[][];
}

export function matchUnits(names: string[], units: OrgUnitRef[]): UnitMatching {
  const prepared = prepareUnits(units);
  const result: UnitMatching = { matches: [], unmatched: [] };
  const seen = new Set<string>();
  for (const name of names) {
    const key = words(name).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const best = bestOf(name, scoreUnits(name, prepared));
    if (best) result.matches.push({ name, ...best });
    else result.unmatched.push(name);
  }
  return result;
}

/**
 * Every unit that could stand for `name`, best first (at most `limit`), and the one to
 * propose: the best, unless another scores the same (the reviewer then chooses).
 */
export function rankUnits(name: string, units: OrgUnitRef[], limit = 5): { candidates: UnitCandidate[]; best: UnitCandidate | null } {
  const ranked = scoreUnits(name, prepareUnits(units));
  return { candidates: ranked.slice(0, limit).map(rounded), best: bestOf(name, ranked) };
}

function prepareUnits(units: OrgUnitRef[]): PreparedUnit[] {
  return units.map((unit) => ({
    unit,
    forms: [unit.name, unit.shortName ?? ''].map(words).filter((form) => form.length > 0),
  }));
}

function bestOf(name: string, ranked: UnitCandidate[]): UnitCandidate | null {
  const [first, second] = ranked;
  if (!first || (second && second.score === first.score)) return null;
  if (foldedWords(name).some((word) => GROUP_WORDS.includes(word))) return null;
  return rounded(first);
}

function rounded(candidate: UnitCandidate): UnitCandidate {
  return { ...candidate, score: Math.round(candidate.score * 1000) / 1000 };
}

/** Units scoring at least MIN_SCORE for `name`, best first (by unrounded score). */
function scoreUnits(name: string, units: PreparedUnit[]): UnitCandidate[] {
  const forms = nameForms(words(name));
  if (forms.length === 0) return [];
  const scored: UnitCandidate[] = [];
  for (const { unit, forms: unitForms } of units) {
    let score = 0;
    for (const [index, form] of forms.entries()) {
      for (const unitForm of unitForms) {
        score = Math.max(score, similarity(form, unitForm) * (index === 0 ? 1 : PREFIX_FACTOR));
      }
    }
    if (score >= MIN_SCORE) scored.push({ unitId: unit.id, unitName: unit.name, score });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The name itself, then the name without an office-holder prefix. */
function nameForms(name: string[]): string[][] {
  const forms = [name];
  for (const prefix of OFFICE_PREFIXES) {
    if (name.length > prefix.length && prefix.every((word, index) => name[index] === word)) {
      forms.push(name.slice(prefix.length).filter((word) => !IGNORED_WORDS.has(word)));
    }
  }
  return forms.filter((form) => form.length > 0);
}

/**
 * How well `name` stands for `unit`: the share of the longer side's words that the shorter
 * side accounts for, in order; 0 when some word of the shorter side is unaccounted for.
 */
function similarity(name: string[], unit: string[]): number {
  return Math.max(coverage(align(name, unit), unit.length), coverage(align(unit, name), name.length));
}

/** One shared word ("Ban") says nothing unless it is the whole name. */
function coverage(alignment: { covered: number; abbreviated: boolean } | null, length: number): number {
  if (!alignment || (alignment.covered < 2 && alignment.covered < length)) return 0;
  return (alignment.covered / length) * (alignment.abbreviated ? ABBREVIATION_FACTOR : 1);
}

/**
 * Aligns every word of `short` to `long` in order: a word equals a word of `long`, or is the
 * initials of a run of them ("btg" ↔ "ban tuyen giao"). Returns how many words of `long` are
 * covered, or null when some word of `short` finds no place.
 */
function align(short: string[], long: string[]): { covered: number; abbreviated: boolean } | null {
  let position = 0;
  let covered = 0;
  let abbreviated = false;
  for (const word of short) {
    let placed = false;
    for (let start = position; start < long.length && !placed; start++) {
      if (long[start] === word) {
        covered++;
        position = start + 1;
        placed = true;
        break;
      }
      const run = initialsRun(word, long, start);
      if (run > 1) {
        covered += run;
        position = start + run;
        abbreviated = true;
        placed = true;
      }
    }
    if (!placed) return null;
  }
  return { covered, abbreviated };
}

/** Length of the run of `words` from `start` whose initials spell `abbreviation`, or 0. */
function initialsRun(abbreviation: string, words: string[], start: number): number {
  if (abbreviation.length < 2 || start + abbreviation.length > words.length) return 0;
  for (let i = 0; i < abbreviation.length; i++) {
    if (words[start + i]![0] !== abbreviation[i]) return 0;
  }
  return abbreviation.length;
}

function words(text: string): string[] {
  return foldedWords(text).filter((word) => !IGNORED_WORDS.has(word));
}
