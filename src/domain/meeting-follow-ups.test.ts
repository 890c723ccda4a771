import { describe, expect, it } from 'vitest';
import { collectiveOf, type FollowUpContext, type FollowUpInput, followUpProblems, noticeBody, noticeSignature, noticeTitle } from './meeting-follow-ups.ts';

const base = { id: 'base', name: 'Đảng ủy Sở Giáo dục và Đào tạo', path: 'r.duk.sgd', isActive: true };
const cell = { id: 'cell', name: 'Chi bộ Văn phòng Sở', path: 'r.duk.sgd.cb1', isActive: true };
const closed = { id: 'closed', name: 'Chi bộ đã giải thể', path: 'r.duk.sgd.cb9', isActive: false };
const outside = { id: 'outside', name: 'Đảng ủy Sở Y tế', path: 'r.duk.syt', isActive: true };

const context: FollowUpContext = {
  meetingUnit: { name: base.name, path: base.path },
  meetingDay: '2026-03-05',
  units: new Map([base, cell, closed, outside].map((unit) => [unit.id, unit])),
  people: new Map([
    ['lan', { id: 'lan', fullName: 'Nguyễn Thị Lan', isActive: true, unitPaths: ['r.duk.sgd.cb1'] }],
    ['gone', { id: 'gone', fullName: 'Trần Văn Cũ', isActive: false, unitPaths: [] }],
  ]),
};

const action = (patch: Partial<FollowUpInput> = {}): FollowUpInput => ({ text: 'Hoàn thiện kế hoạch', unitId: 'cell', personId: null, dueOn: '2026-03-05', ...patch });

describe('followUpProblems', () => {
  it('accepts the meeting’s unit or one under it, a person of that unit, a due date from the meeting’s day on', () => {
    expect(followUpProblems([action({ unitId: 'base' }), action({ personId: 'lan' }), action({ unitId: 'base', personId: 'lan', dueOn: '2027-01-01' })], context)).toEqual([]);
  });

  it('names each problem with its action and field', () => {
    const problems = followUpProblems(
      [
        action({ text: '  ' }),
        action({ unitId: 'outside' }),
        action({ unitId: 'closed' }),
        action({ unitId: 'nowhere' }),
        action({ dueOn: '2026-03-04' }),
        action({ dueOn: null }),
        action({ personId: 'gone' }),
        action({ unitId: 'cell', personId: 'unknown' }),
      ],
      context,
    );
    expect(problems).toEqual([
      { index: 0, field: 'text', message: 'Nội dung việc cần làm không được để trống.' },
      { index: 1, field: 'unitId', message: 'Đơn vị "Đảng ủy Sở Y tế" không thuộc Đảng ủy Sở Giáo dục và Đào tạo nên không giao việc được từ cuộc họp này.' },
      { index: 2, field: 'unitId', message: 'Đơn vị "Chi bộ đã giải thể" đã ngừng hoạt động.' },
      { index: 3, field: 'unitId', message: 'Không tìm thấy đơn vị được giao.' },
      { index: 4, field: 'dueOn', message: 'Hạn hoàn thành (04/03/2026) không được trước ngày họp (05/03/2026).' },
      { index: 5, field: 'dueOn', message: 'Cần hạn hoàn thành.' },
      { index: 6, field: 'personId', message: 'Không tìm thấy người phụ trách (hoặc người này đã thôi sinh hoạt).' },
      { index: 7, field: 'personId', message: 'Không tìm thấy người phụ trách (hoặc người này đã thôi sinh hoạt).' },
    ]);
  });

  it('refuses a person who is a member elsewhere, naming the unit', () => {
    const sibling = { id: 'cb2', name: 'Chi bộ Phòng Tổ chức', path: 'r.duk.sgd.cb2', isActive: true };
    const withSibling = { ...context, units: new Map([...context.units, [sibling.id, sibling]]) };
    expect(followUpProblems([action({ unitId: 'cb2', personId: 'lan' })], withSibling)).toEqual([{ index: 0, field: 'personId', message: '"Nguyễn Thị Lan" không sinh hoạt tại Chi bộ Phòng Tổ chức.' }]);
  });

  it('does not take a unit whose path only starts like the meeting unit’s for one under it', () => {
    const lookalike = { id: 'x', name: 'Đảng ủy Sở Giao thông', path: 'r.duk.sgdx', isActive: true };
    expect(followUpProblems([action({ unitId: 'x' })], { ...context, units: new Map([[lookalike.id, lookalike]]) })[0]!.field).toBe('unitId');
  });
});

describe('the conclusions notice', () => {
  it('is titled after the meeting and its day', () => {
    expect(noticeTitle(' Hội nghị Ban Thường vụ tháng 3 ', '2026-03-05')).toBe('Kết luận cuộc họp Hội nghị Ban Thường vụ tháng 3 ngày 05/03/2026');
  });

  it('puts the conclusions first and numbers the tasks in the part that assigns them', () => {
    expect(noticeBody('  Thống nhất kế hoạch. ', 2)).toEqual({
      sections: [
        { code: 'I', title: 'Nội dung kết luận', role: 'content', text: 'Thống nhất kế hoạch.' },
        { code: 'II', title: 'Phân công thực hiện', role: 'tasks', text: '' },
      ],
      taskCodes: ['II.1', 'II.2'],
    });
    expect(noticeBody('', 1)).toEqual({ sections: [{ code: 'I', title: 'Phân công thực hiện', role: 'tasks', text: '' }], taskCodes: ['I.1'] });
  });

  it('is signed on behalf of the unit’s collective by whoever presided, with their position when they lead it', () => {
    expect(collectiveOf({ kind: 'cell', name: 'Chi bộ Văn phòng Sở' })).toBe('Chi bộ');
    expect(collectiveOf({ kind: 'base_committee', name: 'Chi bộ cơ sở Trường THPT A' })).toBe('Chi bộ');
    expect(collectiveOf({ kind: 'base_committee', name: 'Đảng ủy Sở Y tế' })).toBe('Đảng ủy');
    expect(collectiveOf({ kind: 'committee', name: 'Đảng ủy Khối' })).toBe('Ban Thường vụ');
    expect(collectiveOf({ kind: 'association', name: 'Công đoàn Viên chức' })).toBe('Ban Chấp hành');
    expect(noticeSignature({ kind: 'cell', name: 'Chi bộ Văn phòng Sở' }, { fullName: 'Nguyễn Văn An', position: 'secretary' })).toEqual({ capacity: 'T/M', onBehalfOf: 'Chi bộ', position: 'Bí thư', signer: 'Nguyễn Văn An' });
    expect(noticeSignature({ kind: 'cell', name: 'Chi bộ Văn phòng Sở' }, { fullName: 'Lê Thị Hoa', position: 'member' })).toMatchObject({ position: 'Chủ trì cuộc họp', signer: 'Lê Thị Hoa' });
    expect(noticeSignature({ kind: 'department', name: 'Ban Tuyên giáo' }, null)).toEqual({ capacity: null, onBehalfOf: null, position: null, signer: null });
  });
});
