/**
 * Finds where an organization's name starts and ends inside a sentence, e.g.
 * "Công đoàn Viên chức Thành phố chủ trì, phối hợp với các đoàn thể Khối theo dõi …"
 * → "Công đoàn Viên chức Thành phố", "các đoàn thể Khối".
 *
 * Vietnamese capitalizes only the first syllable of each word of a name ("Ban Tuyên giáo",
 * "Hội Cựu chiến binh"), so "giáo" and "chiến binh" are part of the name while "định hướng"
 * in "Ban Tuyên giáo định hướng" is not. A small lexicon of the words names are made of
 * settles that; everything is compared folded (no diacritics), so "Uỷ"/"Ủy" spellings meet.
 */
import { foldPreservingOffsets } from '../domain/timeframe.ts';

export interface UnitMention {
  name: string;
  from: number;
  to: number;
}

export interface Token {
  text: string;
  folded: string;
  from: number;
  to: number;
  kind: 'word' | 'number' | 'punct';
  capitalized: boolean;
}

export interface ReadOptions {
  /** Accept a lower-case head ("các đoàn thể", "cơ quan quản lý nhà nước"): true after cue words. */
  lowerCaseHead: boolean;
}

/** Heads that name a body in any case: "Đảng ủy cơ sở", "các chi bộ", "cấp ủy". */
const HEADS = words(
  'ban thuong vu', 'ban chap hanh', 'ban chi dao', 'ban can su', 'thuong truc', 'cong doan', 'doan the',
  'dang uy', 'dang bo', 'thanh uy', 'quan uy', 'huyen uy', 'tinh uy', 'chi bo', 'chi uy', 'cap uy', 'van phong',
  'uy ban', 'mat tran', 'hoc vien', 'lien hiep', 'lien doan', 'cau lac bo', 'bi thu', 'pho bi thu', 'hoi dong',
  'trung tam', 'nha xuat ban', 'co quan', 'don vi', 'to chuc co so dang',
);
/**
 * One-syllable heads that only name a body when capitalized and followed by a name ("Ban Dân vận",
 * "Hội Nhà báo"). Compared with their diacritics: folded, "Sở" would meet "Số" and "Sơ".
 */
const SHORT_HEADS = new Set(['ban', 'đoàn', 'hội', 'phòng', 'sở', 'bộ', 'tổ']);
/** Common words that begin like a short head: "Hội nghị", "Ban hành", "Đoàn kết", "Tổ chức". */
const NOT_A_HEAD = new Set([
  'hội nghị', 'hội thi', 'hội diễn', 'hội thảo', 'hội viên', 'hội ý', 'hội chợ', 'hội trại', 'hội họp',
  'ban hành', 'ban giao', 'đoàn kết', 'đoàn viên', 'tổ chức', 'bộ phận', 'bộ quy',
]);
/** After "các" even a bare short head names bodies: "các phòng", "các ban". */
const PLURAL_PREFIXES = words('cac', 'cac dong chi');
/** Roles that "Các đồng chí" may carry before the body's name: "Các đồng chí cán bộ Đảng ủy Khối". */
const PERSON_ROLES = words('lanh dao', 'can bo', 'uy vien');
/** Words that make up names, written with a capital first syllable ("Tuyên giáo", "Cựu chiến binh"). */
const NAME_WORDS = words(
  'tuyen giao', 'dan van', 'to chuc', 'kiem tra', 'thuong vu', 'thuong truc', 'chap hanh', 'chi dao', 'can su',
  'thanh nien', 'cuu chien binh', 'vien chuc', 'cong chuc', 'phu nu', 'nong dan', 'cong doan', 'nhan dan', 'to quoc',
  'viet nam', 'chinh tri', 'quoc gia', 'khu vuc', 'can bo', 'ly luan', 'trung uong', 'xuat ban', 'tong hop',
  'hanh chinh', 'thong tin', 'truyen thong', 'nha bao', 'du luan', 'xa hoi', 'lanh dao', 'dang uy', 'dang bo',
  'thanh uy', 'thanh pho', 'quan uy', 'huyen uy', 'tinh uy', 'uy ban', 'doan the', 'co quan', 'doanh nghiep',
  'the duc the thao', 'van hoa', 'giao duc', 'dao tao', 'khoa hoc', 'cong nghe', 'quoc phong', 'cong an', 'noi vu',
  'tu phap', 'tai chinh', 'y te', 'ke hoach', 'dau tu', 'lao dong', 'thuong binh', 'ton giao', 'dan toc',
  'ngoai vu', 'doi ngoai', 'phat thanh', 'truyen hinh', 'bao chi', 'tuyen truyen', 'thi dua', 'khen thuong',
  'nghien cuu', 'bao ve', 'noi bo', 'kinh te', 'nha nuoc', 'quan ly', 'hoc sinh', 'sinh vien', 'thieu nien',
  'tien phong', 'nha xuat ban', 'lac bo', 'cau lac bo', 'hoi dong', 'mat tran', 'hoc vien', 'van phong',
  'noi chinh', 'lien hiep', 'lien doan', 'bi thu', 'chi bo', 'chi uy', 'cap uy', 'thu ky',
);
/**
 * Lower-case words that extend a name: "Đoàn thể khối", "đảng ủy cấp trên cơ sở", "Ban Cán sự đảng".
 * Compared with their diacritics, so that "đảng" does not meet "đang" (is doing).
 */
const LOWER_TAILS = exactWords(
  'khối', 'thành phố', 'tỉnh', 'cơ sở', 'cấp cơ sở', 'cấp trên cơ sở', 'trực thuộc', 'nhân dân', 'khu vực', 'đảng',
  'quản lý nhà nước', 'nhà nước', 'viên chức', 'trung ương',
);
/** Department words that may follow "ban" in lower case: "ban tuyên giáo các quận ủy". */
const DEPARTMENT_WORDS = words(
  'tuyen giao', 'to chuc', 'dan van', 'kiem tra', 'thuong vu', 'chap hanh', 'chi dao', 'can su', 'thi dua', 'noi chinh',
);
/** Capitalized words that begin something else than a name: "… Thành phố Nghị quyết", "… Khối Hội nghị". */
const NAME_STOPS = words(
  'hoi nghi', 'nghi quyet', 'ke hoach', 'chuong trinh', 'chi thi', 'ket luan', 'huong dan', 'de an', 'quy che',
  'quy dinh', 'thong bao', 'bao cao', 'cong van', 'quyet dinh', 'to trinh', 'hoi thi', 'dai hoi',
);

/** No plan names this many units in one breath; the bound keeps pathological input linear. */
const MAX_LIST_LENGTH = 50;

/** Words, numbers and punctuation of a text; `folded` may be passed when the caller has it. */
export function tokenize(text: string, folded = foldPreservingOffsets(text)): Token[] {
  const tokens: Token[] = [];
  const pattern = /([\p{L}\p{M}]+)|(\d+)|[^\s\p{L}\p{M}\d]/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[0];
    const from = match.index;
    const kind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'number' : 'punct';
    const first = value[0]!;
    tokens.push({
      text: value,
      folded: folded.slice(from, from + value.length),
      from,
      to: from + value.length,
      kind,
      capitalized: kind === 'word' && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** Index of the first token at or after a text offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.from < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Reads a list of unit names that starts at token `start` ("Công đoàn Viên chức Thành phố,
 * Đoàn Khối và Hội Cựu chiến binh Khối"); returns the names and the token after the list.
 */
export function readUnitList(text: string, tokens: Token[], start: number, options: ReadOptions): { units: UnitMention[]; next: number } {
  const units: UnitMention[] = [];
  let index = start;
  let lowerCaseHead = options.lowerCaseHead;
  while (units.length < MAX_LIST_LENGTH) {
    const unit = readUnitName(text, tokens, index, lowerCaseHead);
    if (!unit) break;
    units.push(unit.mention);
    index = unit.next;
    const separator = tokens[index];
    const isSeparator = separator && (separator.text === ',' || separator.text === ';' || separator.folded === 'va');
    if (!isSeparator) break;
    const after = separator.text === ',' && tokens[index + 1]?.folded === 'va' ? index + 2 : index + 1;
    if (!startsUnit(tokens, after, true)) break;
    index = after;
    lowerCaseHead = true;
  }
  return { units, next: index };
}

function readUnitName(
  text: string,
  tokens: Token[],
  start: number,
  lowerCaseHead: boolean,
): { mention: UnitMention; next: number } | null {
  const head = readHead(tokens, start, lowerCaseHead);
  if (!head) return null;
  let index = head.next;
  let afterBan = head.ban;
  if (head.person) index += longestMatch(tokens, index, PERSON_ROLES);
  for (;;) {
    const token = tokens[index];
    if (!token) break;
    const consumed = readNamePart(tokens, index, afterBan);
    if (consumed === 0) break;
    index += consumed;
    afterBan = false;
  }
  if (head.needsName && index === head.next) return null;
  const from = tokens[start]!.from;
  const to = tokens[index - 1]!.to;
  return { mention: { name: text.slice(from, to), from, to }, next: index };
}

function readHead(
  tokens: Token[],
  start: number,
  lowerCaseHead: boolean,
): { next: number; needsName: boolean; ban: boolean; person?: boolean } | null {
  const first = tokens[start];
  if (!first || first.kind !== 'word') return null;
  let index = start;
  const prefix = longestMatch(tokens, index, PLURAL_PREFIXES);
  const plural = prefix > 0;
  if (plural) {
    // "Các đồng chí" only names people when a role follows ("Các đồng chí Lãnh đạo Ban").
    if (prefix > 1) return { next: index + prefix, needsName: true, ban: false, person: true };
    index += prefix;
  }
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const allowLower = lowerCaseHead || plural;
  const long = longestMatch(tokens, index, HEADS);
  if (long > 0 && (token.capitalized || allowLower)) {
    return { next: index + long, needsName: false, ban: tokens[index]!.folded === 'ban' };
  }
  if (SHORT_HEADS.has(token.text.toLowerCase()) && !NOT_A_HEAD.has(joinLower(tokens, index, 2))) {
    const isBan = token.folded === 'ban';
    if (token.capitalized) return { next: index + 1, needsName: !plural, ban: isBan };
    if (plural) return { next: index + 1, needsName: false, ban: isBan };
    if (isBan && allowLower && longestMatch(tokens, index + 1, DEPARTMENT_WORDS) > 0) {
      return { next: index + 1, needsName: true, ban: true };
    }
  }
  if (isAbbreviation(token) && (allowLower || start === index)) return { next: index + 1, needsName: false, ban: false };
  return null;
}

/** How many tokens of a name continue at `index` (0 when the name ends there). */
function readNamePart(tokens: Token[], index: number, afterBan: boolean): number {
  const token = tokens[index]!;
  if (afterBan) {
    const department = longestMatch(tokens, index, DEPARTMENT_WORDS);
    if (department > 0) return department;
  }
  if (token.kind === 'number') return 1;
  if (token.kind === 'punct') {
    const next = tokens[index + 1];
    const joins = (token.text === '-' || token.text === '–') && next?.capitalized === true && next.from - token.to <= 1;
    return joins ? 1 : 0;
  }
  if (token.capitalized) {
    if (longestMatch(tokens, index, NAME_STOPS) > 0) return 0;
    return Math.max(1, longestMatch(tokens, index, NAME_WORDS, 'capitalFirst'));
  }
  if (token.folded === 'va') {
    // "Sở Thông tin và Truyền thông": "và" joins two words of one name unless a new body follows.
    const next = tokens[index + 1];
    return next?.capitalized && !startsUnit(tokens, index + 1, false) ? 1 : 0;
  }
  if (token.folded === 'cac') {
    const head = longestMatch(tokens, index + 1, HEADS);
    return head > 0 ? 1 + head : 0;
  }
  return Math.max(longestMatch(tokens, index, LOWER_TAILS), longestMatch(tokens, index, HEADS, 'lower'));
}

function startsUnit(tokens: Token[], index: number, lowerCaseHead: boolean): boolean {
  return readHead(tokens, index, lowerCaseHead) !== null;
}

function isAbbreviation(token: Token): boolean {
  return token.kind === 'word' && token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text);
}

/**
 * Length (in tokens) of the longest lexicon entry starting at `index`, or 0. The shape asks for
 * a capital first syllable and lower-case others, as names are written ("Cựu chiến binh"), or
 * for lower case throughout ("chi bộ" continuing "Cấp ủy chi bộ", not "đảng Ủy ban").
 */
function longestMatch(tokens: Token[], index: number, lexicon: Lexicon, shape: 'any' | 'capitalFirst' | 'lower' = 'any'): number {
  for (let length = Math.min(lexicon.longest, tokens.length - index); length > 0; length--) {
    const key = lexicon.exact ? joinLower(tokens, index, length) : joinFolded(tokens, index, length);
    if (!lexicon.entries.has(key)) continue;
    const matched = tokens.slice(index, index + length);
    if (shape === 'any') return length;
    if (shape === 'lower' && matched.every((token) => !token.capitalized)) return length;
    if (shape === 'capitalFirst' && matched[0]!.capitalized && matched.slice(1).every((token) => !token.capitalized)) return length;
  }
  return 0;
}

function joinFolded(tokens: Token[], index: number, length: number): string {
  return joinWords(tokens, index, length, (token) => token.folded);
}

function joinLower(tokens: Token[], index: number, length: number): string {
  return joinWords(tokens, index, length, (token) => token.text.toLowerCase());
}

/** The words at [index, index + length) joined by spaces, or "" when a non-word interrupts them. */
function joinWords(tokens: Token[], index: number, length: number, form: (token: Token) => string): string {
  const parts: string[] = [];
  for (let i = index; i < index + length; i++) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') return '';
    parts.push(form(token));
  }
  return parts.join(' ');
}

interface Lexicon {
  entries: Set<string>;
  longest: number;
  /** Compare lower-cased text with diacritics instead of folded text. */
  exact: boolean;
}

function words(...entries: string[]): Lexicon {
  return { entries: new Set(entries), longest: Math.max(...entries.map((entry) => entry.split(' ').length)), exact: false };
}

function exactWords(...entries: string[]): Lexicon {
  return { ...words(...entries), exact: true };
}
