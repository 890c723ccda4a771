/**
 * The list number or bullet Word shows before a paragraph, from `word/numbering.xml` and the
 * paragraph styles of `word/styles.xml`. A paragraph is numbered by its own `w:numPr` or by its
 * style's (through `w:basedOn`); the number instance (`w:num`) names an abstract definition
 * whose levels give start, format (`w:numFmt`) and text (`w:lvlText`, "%1.%2."). Paragraphs
 * of instances of one definition count on together, except an instance that restarts a level
 * (`w:startOverride`), which counts on its own; a level restarts after a higher one unless
 * `w:lvlRestart` says otherwise.
 *
 * Bullets come out as the character Word shows when the plan parser reads it as a bullet
 * (Symbol and Wingdings characters mapped to Unicode), else "-", "+", "·" by bullet depth. A
 * number format this module does not know gives the numbers of the paragraph's levels joined
 * with dots ("1.2."), the rule of plan text.
 */
import { toRoman } from '../domain/roman-numerals.ts';
import { readMarker } from './outline.ts';
import { child, childElements, childValue, isOn, type XmlElement } from './docx-xml.ts';

interface Level {
  start: number | undefined;
  format: string | undefined;
  text: string | undefined;
  /** `w:lvlRestart`: restart after levels above this one (1-based); 0 never. */
  restart: number | undefined;
  legal: boolean;
  style: string | undefined;
}

interface AbstractNumbering {
  levels: Map<number, Level>;
  /** `w:numStyleLink`: the levels are those of the numbering style's instance. */
  styleLink: string | undefined;
}

interface Instance {
  abstractId: string;
  overrides: Map<number, { start: number | undefined; level: Level | undefined }>;
}

interface StyleNumbering {
  basedOn: string | undefined;
  numId: string | undefined;
  level: number | undefined;
}

interface ResolvedList {
  /** Paragraphs with the same key count together. */
  key: string;
  levels: Map<number, Level>;
  overrides: Instance['overrides'];
}

const FALLBACK_BULLETS = ['-', '+', '·'];

/** Symbol, Wingdings and Courier New bullet characters as Unicode. */
const SYMBOL_CHARACTERS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf02d': '-',
  '\uf0a7': '▪',
  '\uf06e': '■',
  '\uf076': '❖',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  o: '○',
};

/** A bullet's `w:lvlText` as the Unicode character Word shows. */
export function shownCharacter(text: string): string {
  return SYMBOL_CHARACTERS[text] ?? text;
}

/** A `w:sym` character code ("F0B7", "B7" in a symbol font's private range) as Unicode. */
export function symbolCharacter(code: string): string {
  const value = parseInt(code, 16);
  if (!/^[0-9a-f]{1,4}$/i.test(code) || value === 0) return '';
  return shownCharacter(String.fromCharCode(value < 0x100 ? value | 0xf000 : value));
}

export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractNumbering>();
  private readonly instances = new Map<string, Instance>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly defaultStyle: string | undefined;
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly lists = new Map<string, ResolvedList | null>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    for (const element of childElements(numbering ?? undefined, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(element, 'w:lvl')) levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), readLevel(lvl));
      this.abstracts.set(element.attributes['w:abstractNumId'] ?? '', { levels, styleLink: childValue(element, 'w:numStyleLink') });
    }
    for (const element of childElements(numbering ?? undefined, 'w:num')) {
      const overrides: Instance['overrides'] = new Map();
      for (const override of childElements(element, 'w:lvlOverride')) {
        const lvl = child(override, 'w:lvl');
        overrides.set(Number(override.attributes['w:ilvl'] ?? 0), { start: integer(childValue(override, 'w:startOverride')), level: lvl ? readLevel(lvl) : undefined });
      }
      this.instances.set(element.attributes['w:numId'] ?? '', { abstractId: childValue(element, 'w:abstractNumId') ?? '', overrides });
    }
    let defaultStyle: string | undefined;
    for (const style of childElements(styles ?? undefined, 'w:style')) {
      const type = style.attributes['w:type'];
      if (type !== 'paragraph' && type !== 'numbering') continue;
      const id = style.attributes['w:styleId'] ?? '';
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) defaultStyle = id;
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      this.styles.set(id, { basedOn: childValue(style, 'w:basedOn'), numId: childValue(numPr, 'w:numId'), level: integer(childValue(numPr, 'w:ilvl')) });
    }
    this.defaultStyle = defaultStyle;
  }

  /**
   * The marker before a paragraph with these properties (`w:pPr`), or null when it is not a
   * list item or Word shows nothing. Counts the paragraph: call once per paragraph, in order.
   */
  marker(properties: XmlElement | undefined): string | null {
    const styleId = childValue(properties, 'w:pStyle') ?? this.defaultStyle;
    const numPr = child(properties, 'w:numPr');
    const style = styleId === undefined ? undefined : this.styleNumbering(styleId);
    const numId = childValue(numPr, 'w:numId') ?? style?.numId;
    const list = numId === undefined ? this.cached(`style ${styleId}`, () => this.listOfStyle(styleId)) : this.cached(`num ${numId}`, () => this.listOf(numId));
    if (!list) return null;
    const levelIndex = integer(childValue(numPr, 'w:ilvl')) ?? style?.level ?? levelOfStyle(list.levels, styleId) ?? 0;
    const level = this.level(list, levelIndex);
    if (!level) return null;
    const counters = this.count(list, levelIndex);
    if (level.format === 'bullet') return bulletMarker(level, [...list.levels.keys()].filter((index) => index < levelIndex && this.level(list, index)?.format === 'bullet').length);
    const text = formatted(level, (index) => {
      const other = this.level(list, index);
      return other ? { value: counters[index] ?? this.start(list, index), format: level.legal ? 'decimal' : other.format } : null;
    });
    if (text === null) return this.fallback(list, levelIndex, counters);
    return text.length > 0 ? text : null;
  }

  private cached(key: string, resolve: () => ResolvedList | null): ResolvedList | null {
    let list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, (list = resolve()));
    return list;
  }

  private count(list: ResolvedList, levelIndex: number): Array<number | undefined> {
    let counters = this.counters.get(list.key);
    if (!counters) this.counters.set(list.key, (counters = []));
    counters[levelIndex] = counters[levelIndex] === undefined ? this.start(list, levelIndex) : counters[levelIndex]! + 1;
    for (let index = levelIndex + 1; index < counters.length; index++) {
      const restart = this.level(list, index)?.restart;
      if (restart === undefined || (restart > 0 && levelIndex < restart)) counters[index] = undefined;
    }
    return counters;
  }

  /** "1.2." from the numbers of the paragraph's numbered levels. */
  private fallback(list: ResolvedList, levelIndex: number, counters: Array<number | undefined>): string {
    const numbers: number[] = [];
    for (let index = 0; index <= levelIndex; index++) {
      const value = counters[index];
      if (value !== undefined && this.level(list, index)?.format !== 'bullet') numbers.push(value);
    }
    return `${numbers.join('.')}.`;
  }

  private start(list: ResolvedList, index: number): number {
    return list.overrides.get(index)?.start ?? this.level(list, index)?.start ?? 1;
  }

  private level(list: ResolvedList, index: number): Level | undefined {
    return list.overrides.get(index)?.level ?? list.levels.get(index);
  }

  private listOf(numId: string, seen = new Set<string>()): ResolvedList | null {
    const instance = this.instances.get(numId);
    if (numId === '0' || !instance || seen.has(numId)) return null;
    seen.add(numId);
    const abstract = this.abstracts.get(instance.abstractId);
    if (!abstract) return null;
    const linked = abstract.styleLink === undefined ? undefined : this.styleNumbering(abstract.styleLink)?.numId;
    const levels = linked === undefined ? abstract.levels : this.listOf(linked, seen)?.levels;
    if (!levels) return null;
    const restarts = [...instance.overrides.values()].some((override) => override.start !== undefined);
    return { key: restarts ? `num ${numId}` : `abstract ${instance.abstractId}`, levels, overrides: instance.overrides };
  }

  /** A style named by a level's `w:pStyle` without a `w:numPr` of its own. */
  private listOfStyle(styleId: string | undefined): ResolvedList | null {
    if (styleId === undefined) return null;
    for (const [id, abstract] of this.abstracts) {
      if (levelOfStyle(abstract.levels, styleId) !== undefined) return { key: `abstract ${id}`, levels: abstract.levels, overrides: new Map() };
    }
    return null;
  }

  /** The style's numbering with what it inherits through `w:basedOn`. */
  private styleNumbering(styleId: string): Omit<StyleNumbering, 'basedOn'> | undefined {
    let numId: string | undefined;
    let level: number | undefined;
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      numId ??= style?.numId;
      level ??= style?.level;
    }
    return numId === undefined && level === undefined ? undefined : { numId, level };
  }
}

function readLevel(lvl: XmlElement): Level {
  // A format newer than the reader (w14 "custom") sits in mc:AlternateContent with a fallback.
  const format = childValue(lvl, 'w:numFmt') ?? childValue(child(child(lvl, 'mc:AlternateContent'), 'mc:Fallback'), 'w:numFmt');
  return {
    start: integer(childValue(lvl, 'w:start')),
    format,
    text: childValue(lvl, 'w:lvlText'),
    restart: integer(childValue(lvl, 'w:lvlRestart')),
    legal: isOn(child(lvl, 'w:isLgl')),
    style: childValue(lvl, 'w:pStyle'),
  };
}

function levelOfStyle(levels: Map<number, Level>, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  for (const [index, level] of levels) if (level.style === styleId) return index;
  return undefined;
}

function integer(value: string | undefined): number | undefined {
  const number = value === undefined ? NaN : Number(value);
  return Number.isInteger(number) ? number : undefined;
}

function bulletMarker(level: Level, depth: number): string | null {
  const shown = shownCharacter(level.text ?? '').trim();
  if (shown.length === 0 && level.text !== undefined) return null;
  if (readMarker(`${shown} x`)?.kind === 'bullet') return shown;
  return FALLBACK_BULLETS[Math.min(depth, FALLBACK_BULLETS.length - 1)]!;
}

/** `w:lvlText` with its "%n" placeholders filled in (maybe empty); null when a format is unknown. */
function formatted(level: Level, numberAt: (index: number) => { value: number; format: string | undefined } | null): string | null {
  if (level.text === undefined) return null;
  let known = true;
  const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
    const number = numberAt(Number(digit) - 1);
    const written = number ? formatNumber(number.value, number.format) : '';
    if (written === null) known = false;
    return written ?? '';
  });
  return known ? text.trim() : null;
}

export function formatNumber(value: number, format: string | undefined): string | null {
  switch (format) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'upperRoman':
      return toRoman(value) || String(value);
    case 'lowerRoman':
      return (toRoman(value) || String(value)).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'none':
      return '';
    default:
      return null;
  }
}

/** Word's letters: A … Z, then AA … ZZ, AAA …. */
function letters(value: number): string {
  if (value < 1) return String(value);
  return String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.ceil(value / 26));
}
