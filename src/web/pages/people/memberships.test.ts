import { describe, expect, it } from 'vitest';
import type { Membership } from '../../api/types.ts';
import { currentMemberships, orderedMemberships } from './memberships.ts';

const membership = (id: string, startedOn: string, endedOn: string | null): Membership => ({
  id,
  unitId: `u-${id}`,
  unitName: id,
  unitKind: 'cell',
  isParty: true,
  position: 'member',
  startedOn,
  endedOn,
  endReason: endedOn ? 'transfer' : null,
});

describe('memberships', () => {
  const history = [membership('old', '2015-01-01', '2020-12-31'), membership('union', '2021-01-01', null), membership('cell', '2022-05-01', null), membership('older', '2010-01-01', '2014-12-31')];

  it('lists current memberships first, newest first, then the ended ones', () => {
    expect(orderedMemberships(history).map((m) => m.id)).toEqual(['cell', 'union', 'old', 'older']);
  });

  it('puts the Party membership before the association ones', () => {
    const union = { ...membership('union', '2023-01-01', null), isParty: false, unitKind: 'association' as const };
    expect(orderedMemberships([union, membership('cell', '2021-01-01', null)]).map((m) => m.id)).toEqual(['cell', 'union']);
  });

  it('keeps only the current ones for the list', () => {
    expect(currentMemberships(history).map((m) => m.id)).toEqual(['cell', 'union']);
  });
});
