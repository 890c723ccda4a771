import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles.ts';
import { activeNavPath, homePath, visibleNavItems } from './navigation.ts';
import { mayAt, unitChain } from './permissions.ts';

const grant = (role: Role, unitId = 'root') => ({ id: `g-${role}`, role, unitId, unitName: 'Thành ủy' });

describe('navigation', () => {
  it('shows administrators every page', () => {
    expect(visibleNavItems([grant('admin')]).map((item) => item.path)).toEqual(['/tasks', '/home', '/compliance', '/targets', '/units', '/documents', '/documents/import', '/meetings', '/meetings/topics', '/meetings/topic-reports', '/meetings/compliance', '/reports', '/reports/received', '/reports/rollup', '/reports/reviews', '/reports/templates', '/reminders', '/people', '/people/import', '/accounts', '/audit', '/outbox']);
  });

  it('hides the administration pages from others', () => {
    expect(visibleNavItems([grant('staff')]).map((item) => item.path)).toEqual(['/tasks', '/home', '/compliance', '/targets', '/units', '/documents', '/documents/import', '/meetings', '/meetings/topics', '/meetings/topic-reports', '/meetings/compliance', '/reports', '/reports/received', '/reports/rollup', '/reports/reviews', '/reports/templates', '/reminders', '/people']);
    expect(visibleNavItems([grant('viewer')]).map((item) => item.path)).toEqual(['/tasks', '/compliance', '/targets', '/units', '/documents', '/meetings', '/meetings/topics', '/meetings/compliance', '/people']);
    expect(visibleNavItems([grant('member')]).map((item) => item.path)).toEqual(['/tasks', '/units', '/documents', '/meetings', '/meetings/topics']);
    expect(visibleNavItems([]).map((item) => item.path)).toEqual([]);
  });

  it('shows the đôn đốc page to those who hand out or sign work', () => {
    expect(visibleNavItems([grant('leader')]).map((item) => item.path)).toContain('/reminders');
    expect(visibleNavItems([grant('secretary')]).map((item) => item.path)).not.toContain('/reminders');
  });

  it('shows a cell secretary the reports to fill, not those received', () => {
    const paths = visibleNavItems([grant('secretary')]).map((item) => item.path);
    expect(paths).toContain('/reports');
    expect(paths).not.toContain('/reports/received');
    expect(paths).not.toContain('/reports/templates');
    expect(visibleNavItems([grant('leader')]).map((item) => item.path)).toEqual(expect.arrayContaining(['/reports', '/reports/received', '/reports/rollup', '/reports/reviews', '/reports/templates']));
  });

  it('marks the most specific menu entry as active', () => {
    expect(activeNavPath('/reports/0190')).toBe('/reports');
    expect(activeNavPath('/reports/reviews/0190')).toBe('/reports/reviews');
    expect(activeNavPath('/documents/import')).toBe('/documents/import');
    expect(activeNavPath('/documents/0190')).toBe('/documents');
    expect(activeNavPath('/people/import')).toBe('/people/import');
    expect(activeNavPath('/people')).toBe('/people');
    expect(activeNavPath('/peoplex')).toBeUndefined();
    expect(activeNavPath('/meetings/0190')).toBe('/meetings');
    expect(activeNavPath('/meetings/topics/0190')).toBe('/meetings/topics');
  });

  it('shows the cell’s duties to those who report for a unit, the compliance matrix to all but plain members', () => {
    expect(visibleNavItems([grant('secretary')]).map((item) => item.path)).toEqual(expect.arrayContaining(['/home', '/compliance', '/targets']));
    expect(visibleNavItems([grant('leader')]).map((item) => item.path)).not.toContain('/home');
    expect(visibleNavItems([grant('member')]).map((item) => item.path)).not.toContain('/compliance');
    expect(activeNavPath('/compliance')).toBe('/compliance');
  });

  it('lands on the unit’s tasks', () => {
    expect(homePath([grant('secretary')])).toBe('/tasks');
    expect(homePath([grant('member')])).toBe('/tasks');
    expect(homePath([])).toBe('/units');
  });
});

describe('permissions at a unit', () => {
  const cell = { id: 'cell', ancestors: [{ id: 'root' }, { id: 'base' }] };

  it('applies a role to its unit and the whole subtree below', () => {
    expect(unitChain(cell)).toEqual(['root', 'base', 'cell']);
    expect(mayAt([grant('admin', 'base')], unitChain(cell), 'unit.manage')).toBe(true);
    expect(mayAt([grant('admin', 'other')], unitChain(cell), 'unit.manage')).toBe(false);
    expect(mayAt([grant('viewer', 'root')], unitChain(cell), 'unit.manage')).toBe(false);
  });
});
