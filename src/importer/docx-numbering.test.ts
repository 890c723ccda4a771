import { describe, expect, it } from 'vitest';
import { formatNumber, ListNumbering } from './docx-numbering.ts';
import { parseXml } from './docx-xml.ts';
import { numberingDefinition, W_NAMESPACE, wordXml } from './fixtures/word-package.ts';

const properties = (content: string) => parseXml(`<w:pPr xmlns:w="${W_NAMESPACE}">${content}</w:pPr>`);
const numPr = (numId: number | string, level?: number) =>
  `<w:numPr>${level === undefined ? '' : `<w:ilvl w:val="${level}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

function numbering(definitions: string, styles = '') {
  return new ListNumbering(parseXml(wordXml('numbering', definitions)), styles ? parseXml(wordXml('styles', styles)) : null);
}

/** The markers of a run of paragraphs, each given as [numId, level] or raw `w:pPr` content. */
function markers(list: ListNumbering, paragraphs: Array<[number, number] | string>): Array<string | null> {
  return paragraphs.map((item) => list.marker(properties(typeof item === 'string' ? item : numPr(...item))));
}

const PLAN_LEVELS: Array<[string, string]> = [
  ['upperRoman', '%1.'],
  ['decimal', '%2.'],
  ['lowerLetter', '%3)'],
  ['bullet', '-'],
];

describe('ListNumbering', () => {
  it('writes the numbers as Word shows them, restarting lower levels under a higher one', () => {
    const list = numbering(numberingDefinition(1, PLAN_LEVELS));
    expect(markers(list, [[1, 0], [1, 1], [1, 2], [1, 2], [1, 3], [1, 1], [1, 0], [1, 1], [1, 2]])).toEqual([
      'I.', '1.', 'a)', 'b)', '-', '2.', 'II.', '1.', 'a)',
    ]);
  });

  it('fills in every level of a multi-level text and knows the other formats', () => {
    const list = numbering(numberingDefinition(1, [['decimal', '%1.'], ['decimal', '%1.%2.'], ['upperLetter', '%1.%2.%3-']]));
    expect(markers(list, [[1, 0], [1, 1], [1, 1], [1, 2], [1, 0], [1, 1]])).toEqual(['1.', '1.1.', '1.2.', '1.2.A-', '2.', '2.1.']);
    expect([formatNumber(4, 'lowerRoman'), formatNumber(14, 'upperRoman'), formatNumber(27, 'lowerLetter'), formatNumber(3, 'decimalZero'), formatNumber(1, 'none')]).toEqual([
      'iv', 'XIV', 'aa', '03', '',
    ]);
    expect(formatNumber(1, 'chineseCounting')).toBeNull();
  });

  it('starts where the level says and counts on across instances of one definition unless one restarts', () => {
    const abstract = '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>';
    const instances = [
      '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>',
      '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    ];
    const list = numbering(abstract + instances.join(''));
    expect(markers(list, [[1, 0], [1, 0], [2, 0], [3, 0], [3, 0], [1, 0]])).toEqual(['3)', '4)', '5)', '1)', '2)', '6)']);
  });

  it('keeps counting a level that never restarts, and writes legal numbering in decimals', () => {
    const levels = [
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>',
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:isLgl/><w:lvlText w:val="%1.%2."/></w:lvl>',
    ];
    const list = numbering(`<w:abstractNum w:abstractNumId="1">${levels.join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`);
    expect(markers(list, [[1, 0], [1, 1], [1, 1], [1, 0], [1, 1]])).toEqual(['I.', '1.1.', '1.2.', 'II.', '2.3.']);
  });

  it('writes bullets Word shows as the character, others by depth, and an empty bullet as none', () => {
    const list = numbering(
      numberingDefinition(1, [['bullet', '\uf0b7'], ['bullet', 'o'], ['bullet', '\uf0a7']]) +
        numberingDefinition(2, [['bullet', '§'], ['bullet', '§'], ['bullet', '']]),
    );
    expect(markers(list, [[1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]])).toEqual(['•', '○', '▪', '-', '+', null]);
  });

  it('falls back to the numbers of the levels joined by dots for a format it does not know', () => {
    const list = numbering(numberingDefinition(1, [['decimal', '%1.'], ['ordinal', '%2'], ['bullet', '-']]) + numberingDefinition(2, [['chineseCounting', '%1、']]));
    expect(markers(list, [[1, 0], [1, 1], [1, 1], [1, 2], [2, 0]])).toEqual(['1.', '1.1.', '1.2.', '-', '1.']);
  });

  it('numbers a paragraph through its style, also a style based on it, and not when the paragraph turns it off', () => {
    const styles = [
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr>${numPr(1)}</w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Muc3"><w:basedOn w:val="Normal"/></w:style>`,
    ].join('');
    const definition = numberingDefinition(1, PLAN_LEVELS).replace('<w:numFmt w:val="lowerLetter"/>', '<w:pStyle w:val="Muc3"/><w:numFmt w:val="lowerLetter"/>');
    const list = numbering(definition, styles);
    expect(markers(list, [style('Heading1'), style('Heading2'), style('Muc3'), style('Heading2'), `${style('Heading2')}${numPr(0)}`, '', style('Heading1')])).toEqual([
      'I.', '1.', 'a)', '2.', null, null, 'II.',
    ]);
  });

  it('follows a numbering style link and reads a format given with a fallback', () => {
    const styles = `<w:style w:type="numbering" w:styleId="PlanList"><w:pPr>${numPr(5)}</w:pPr></w:style>`;
    const definitions = [
      numberingDefinition(5, [['upperRoman', '%1-']]),
      '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="PlanList"/></w:abstractNum><w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num>',
      '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>',
    ];
    const list = numbering(definitions.join(''), styles);
    expect(markers(list, [[6, 0], [6, 0], [8, 0]])).toEqual(['I-', 'II-', '01.']);
  });

  it('leaves paragraphs without a known list unnumbered', () => {
    const list = numbering(numberingDefinition(1, PLAN_LEVELS));
    expect(markers(list, [[9, 0], [1, 8], ''])).toEqual([null, null, null]);
    expect(new ListNumbering(null, null).marker(properties(numPr(1, 0)))).toBeNull();
  });
});
