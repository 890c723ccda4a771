import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { buildItemTree, readMarker, type OutlineNode } from './outline.ts';

describe('readMarker', () => {
  it.each([
    ['I. NỘI DUNG TRỌNG TÂM', 'roman', 'I', 'NỘI DUNG TRỌNG TÂM'],
    ['II- NHIỆM VỤ VÀ GIẢI PHÁP', 'roman', 'II', 'NHIỆM VỤ VÀ GIẢI PHÁP'],
    ['IV – TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['1. Nội dung chuyên đề', 'number', '1', 'Nội dung chuyên đề'],
    ['03) Việc ba', 'number', '3', 'Việc ba'],
    ['1.1. Về công tác xây dựng Đảng', 'path', '1.1', 'Về công tác xây dựng Đảng'],
    ['2.1 Công tác chuẩn bị', 'path', '2.1', 'Công tác chuẩn bị'],
    ['a) Mở đầu', 'letter', 'a', 'Mở đầu'],
    ['b. Tiến hành', 'letter', 'b', 'Tiến hành'],
    ['- Tuyên truyền', 'bullet', '-', 'Tuyên truyền'],
    ['· Thời gian: Cả năm 2018.', 'bullet', '·', 'Thời gian: Cả năm 2018.'],
    ['* Những nội dung cần tập trung:', 'bullet', '*', 'Những nội dung cần tập trung:'],
    ['+ Ý kiến', 'bullet', '+', 'Ý kiến'],
  ])('%s', (text, kind, label, rest) => {
    expect(readMarker(text)).toEqual({ kind, label, rest });
  });

  it.each(['100% cơ sở có kế hoạch', '2018 là năm', 'Ban Thường vụ', '-5 điểm', 'IIII. không phải số La Mã', '1.000 người dự'])(
    'is not a marker: %s',
    (text) => {
      expect(readMarker(text)).toBeNull();
    },
  );
});

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((node) => (node.children.length > 0 ? [node.marker.label, shape(node.children)] : node.marker.label));
}

function tree(text: string) {
  return buildItemTree(normalizeText(text));
}

describe('buildItemTree', () => {
  it('nests numbers, dotted numbers, letters and bullets', () => {
    const result = tree('1. Một\n1.1. Một một\na) Chữ a\n- Gạch\nb) Chữ b\n1.2. Một hai\n2. Hai\n- Gạch hai');
    expect(shape(result.items)).toEqual([['1', [['1.1', [['a', ['-']], 'b']], '1.2']], ['2', ['-']]]);
  });

  it('opens a group with a bullet that ends in ":" for bullets of another kind', () => {
    const result = tree('1. Việc\n- Một\n- Hai\n* Những nội dung 6 tháng cuối năm:\n- Ba\n- Bốn\n* Nhóm khác:\n- Năm\n2. Việc khác');
    expect(shape(result.items)).toEqual([['1', ['-', '-', ['*', ['-', '-']], ['*', ['-']]]], '2']);
  });

  it('keeps bullets of mixed kinds as siblings when none opens a group', () => {
    const result = tree('1. Việc\n· Thời gian: Cả năm.\n- Nội dung cụ thể:\n· Nội dung một\n- Phân công: X chủ trì.');
    expect(shape(result.items)).toEqual([['1', ['·', ['-', ['·']], '-']]]);
  });

  it('attaches unmarked paragraphs to the item before them, or to the intro', () => {
    const result = tree('Lời dẫn.\n1. Việc một\nĐoạn tiếp theo của việc một.\n2. Việc hai');
    expect(result.intro.map((p) => p.text)).toEqual(['Lời dẫn.']);
    expect(result.items[0]!.continuation.map((p) => p.text)).toEqual(['Đoạn tiếp theo của việc một.']);
  });

  it('does not attach the closing words to the last item', () => {
    const result = tree('1. Việc một\nTrên đây là kế hoạch phối hợp.\nĐề nghị các đơn vị thực hiện.');
    expect(result.items[0]!.continuation).toEqual([]);
  });
});
