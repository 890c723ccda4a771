import { describe, expect, it } from 'vitest';
import { createBody, patchBody } from './meeting-form.ts';

describe('meeting form', () => {
  it('sends the day and times in Vietnam, the unit members invited by default and only filled guest rows', () => {
    const body = createBody('unit-1', {
      kind: 'regular_cell',
      title: '  ',
      day: '2026-03-05',
      startTime: '19:30',
      endTime: '21:00',
      place: ' Hội trường tầng 2 ',
      onlineLink: '',
      presidingPersonId: 'p1',
      guests: [{ name: ' Nguyễn Văn A ', title: 'Chuyên viên', organization: '' }, { name: '' }],
    });
    expect(body).toEqual({
      unitId: 'unit-1',
      kind: 'regular_cell',
      title: undefined,
      startsAt: '2026-03-05T19:30:00+07:00',
      endsAt: '2026-03-05T21:00:00+07:00',
      place: 'Hội trường tầng 2',
      onlineLink: null,
      presidingPersonId: 'p1',
      minuteTakerPersonId: null,
      sendDaysBefore: undefined,
      invite: 'members',
      personIds: undefined,
      guests: [{ name: 'Nguyễn Văn A', title: 'Chuyên viên', organization: null }],
      topicId: undefined,
    });
  });

  it('links a thematic meeting to its topic and leaves the end to the kind’s length when not given', () => {
    const body = createBody('unit-1', { kind: 'thematic_cell', day: '2026-06-10', startTime: '14:00', invite: 'none', personIds: ['p2'] }, 'topic-1');
    expect(body).toMatchObject({ topicId: 'topic-1', endsAt: undefined, invite: 'none', personIds: ['p2'] });
    const before = { kind: 'thematic_cell' as const, day: '2026-06-10', startTime: '14:00' };
    expect(patchBody({ ...before, place: 'Phòng họp' }, before)).toEqual({ title: undefined, place: 'Phòng họp', onlineLink: null, presidingPersonId: null, minuteTakerPersonId: null, sendDaysBefore: undefined });
    expect(patchBody({ ...before, startTime: '15:00' }, before)).toMatchObject({ startsAt: '2026-06-10T15:00:00+07:00' });
  });
});
