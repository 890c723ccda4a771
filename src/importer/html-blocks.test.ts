import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToBlocks, type Inline } from './html-blocks.ts';

const textOf = (inlines: Inline[]) => inlines.map((inline) => ('text' in inline ? inline.text : '\n')).join('');

describe('htmlToBlocks', () => {
  it('reads paragraphs with bold, italic, underline and struck-out runs, merging runs of one style', () => {
    const blocks = htmlToBlocks('<p>Chi bộ <strong>thống nhất</strong> <b>kế hoạch</b> <em>tháng</em> <u>3</u> và <s>bỏ</s>.</p>');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        style: 'body',
        inlines: [
          { text: 'Chi bộ ' },
          { text: 'thống nhất', bold: true },
          { text: ' ' },
          { text: 'kế hoạch', bold: true },
          { text: ' ' },
          { text: 'tháng', italics: true },
          { text: ' ' },
          { text: '3', underline: true },
          { text: ' và ' },
          { text: 'bỏ', strike: true },
          { text: '.' },
        ],
      },
    ]);
  });

  it('nests emphasis and keeps line breaks inside a paragraph, without spaces around them', () => {
    const [block] = htmlToBlocks('<p>Dòng một <br />  <strong>dòng <em>hai</em></strong></p>');
    expect(block).toEqual({ kind: 'paragraph', style: 'body', inlines: [{ text: 'Dòng một' }, { break: true }, { text: 'dòng ', bold: true }, { text: 'hai', bold: true, italics: true }] });
  });

  it('reads headings and quotations', () => {
    expect(htmlToBlocks('<h2>I. Tình hình</h2><h3>1. Ưu điểm</h3><h4>a) Chi tiết</h4><blockquote><p>Trích dẫn</p></blockquote>')).toEqual([
      { kind: 'heading', level: 2, inlines: [{ text: 'I. Tình hình' }] },
      { kind: 'heading', level: 3, inlines: [{ text: '1. Ưu điểm' }] },
      { kind: 'heading', level: 4, inlines: [{ text: 'a) Chi tiết' }] },
      { kind: 'paragraph', style: 'quote', inlines: [{ text: 'Trích dẫn', italics: true }] },
    ]);
  });

  it('numbers ordered lists, marks bullets by depth and continues an item after its sub-list', () => {
    const blocks = htmlToBlocks('<ol><li>Một<ul><li>ý a</li><li>ý b</li></ul>tiếp</li><li>Hai</li></ol><ul><li>Gạch</li></ul>');
    expect(blocks.map((block) => (block.kind === 'item' ? [block.marker, block.depth, textOf(block.inlines)] : block.kind))).toEqual([
      ['1.', 0, 'Một'],
      ['+', 1, 'ý a'],
      ['+', 1, 'ý b'],
      ['', 0, 'tiếp'],
      ['2.', 0, 'Hai'],
      ['-', 0, 'Gạch'],
    ]);
  });

  it('reads tables with header cells in bold and spans', () => {
    const [table] = htmlToBlocks('<table><thead><tr><th colspan="2">Việc</th></tr></thead><tbody><tr><td rowspan="2">1</td><td><p>Họp</p><p>chi ủy</p></td></tr></tbody></table>');
    expect(table).toEqual({
      kind: 'table',
      rows: [
        [{ header: true, colSpan: 2, rowSpan: 1, paragraphs: [[{ text: 'Việc', bold: true }]] }],
        [
          { header: false, colSpan: 1, rowSpan: 2, paragraphs: [[{ text: '1' }]] },
          { header: false, colSpan: 1, rowSpan: 1, paragraphs: [[{ text: 'Họp' }], [{ text: 'chi ủy' }]] },
        ],
      ],
    });
  });

  it('reads a table inside a cell as the cell’s paragraphs', () => {
    const [table] = htmlToBlocks('<table><tr><td>A<table><tr><td>B</td></tr></table></td><td>C</td></tr></table>');
    expect(table).toMatchObject({ kind: 'table', rows: [[{ paragraphs: [[{ text: 'A' }], [{ text: 'B' }]] }, { paragraphs: [[{ text: 'C' }]] }]] });
  });

  it('prints a link’s address after its text unless the text is the address', () => {
    const [block] = htmlToBlocks('<p><a href="https://dangcongsan.vn" rel="noopener noreferrer" target="_blank">Báo Đảng</a> và <a href="https://a.vn">https://a.vn</a>, <a href="mailto:vp@x.vn">vp@x.vn</a></p>');
    expect(textOf(block!.kind === 'paragraph' ? block!.inlines : [])).toBe('Báo Đảng (https://dangcongsan.vn) và https://a.vn, vp@x.vn');
  });

  it('keeps loose text between blocks (the browser’s editor writes lines without <p>) and decodes entities', () => {
    expect(htmlToBlocks('Dòng &amp; chữ &lt;b&gt;<br>thứ hai<p>Đoạn</p>cuối&nbsp;cùng &#7889; &#x1EC7;')).toEqual([
      { kind: 'paragraph', style: 'body', inlines: [{ text: 'Dòng & chữ <b>' }, { break: true }, { text: 'thứ hai' }] },
      { kind: 'paragraph', style: 'body', inlines: [{ text: 'Đoạn' }] },
      { kind: 'paragraph', style: 'body', inlines: [{ text: 'cuối\u00a0cùng ố ệ' }] },
    ]);
  });

  it('drops empty paragraphs and ignores unknown tags but keeps their text', () => {
    expect(htmlToBlocks('<p> </p><p><br></p><div><span>Giữ</span></div><!-- ghi chú -->')).toEqual([{ kind: 'paragraph', style: 'body', inlines: [{ text: 'Giữ' }] }]);
    expect(htmlToBlocks('')).toEqual([]);
  });

  it('never throws and loses no word of a paragraph’s text', () => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.stringMatching(/^[ \u00a0\nab]{0,12}$/)), (text) => {
        const blocks = htmlToBlocks(`<p>${escape(text)}</p>`);
        const expected = text.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ | $/g, '');
        if (expected.trim() === '') expect(blocks).toEqual([]);
        else expect(blocks).toEqual([{ kind: 'paragraph', style: 'body', inlines: [{ text: expected }] }]);
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (html) => void htmlToBlocks(html)));
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#39; &apos;&unknown; &#0; &#xZZ;')).toBe('"a" \'b\' \'&unknown; &#0; &#xZZ;');
  });
});
