import { describe, expect, it } from 'vitest';
import {
  type AccountChange,
  accountChangeRefusal,
  assignmentIssues,
  patchedAssignment,
} from './user-rules.ts';

describe('role and unit', () => {
  it('unit roles need a unit; other roles have none', () => {
    expect(assignmentIssues({ role: 'UNIT_LEADER', unitId: 'u1' })).toEqual([]);
    expect(assignmentIssues({ role: 'UNIT_HANDLER', unitId: null })).toEqual([
      { path: 'unitId', message: expect.stringMatching(/必须选择所属单位/) },
    ]);
    expect(assignmentIssues({ role: 'CENTER_STAFF', unitId: null })).toEqual([]);
    for (const role of ['CENTER_STAFF', 'CENTER_DIRECTOR', 'SUPERVISOR', 'DISCIPLINE', 'ADMIN'] as const)
      expect(assignmentIssues({ role, unitId: 'u1' }), role).toEqual([
        { path: 'unitId', message: expect.stringMatching(/不能选择单位/) },
      ]);
  });

  it('a partial update keeps or drops the unit as the new role needs', () => {
    const clerk = { role: 'UNIT_HANDLER' as const, unitId: 'u1' };
    expect(patchedAssignment(clerk, {})).toEqual(clerk);
    expect(patchedAssignment(clerk, { role: 'UNIT_LEADER' })).toEqual({ role: 'UNIT_LEADER', unitId: 'u1' });
    expect(patchedAssignment(clerk, { role: 'CENTER_STAFF' })).toEqual({
      role: 'CENTER_STAFF',
      unitId: null,
    });
    expect(patchedAssignment(clerk, { unitId: 'u2' })).toEqual({ role: 'UNIT_HANDLER', unitId: 'u2' });
    // Said explicitly, the unit is taken as said, and then judged by assignmentIssues.
    expect(patchedAssignment(clerk, { role: 'ADMIN', unitId: 'u1' })).toEqual({
      role: 'ADMIN',
      unitId: 'u1',
    });
    expect(patchedAssignment({ role: 'CENTER_STAFF', unitId: null }, { role: 'UNIT_LEADER' })).toEqual({
      role: 'UNIT_LEADER',
      unitId: null,
    });
  });
});

describe('administrators never lock the office out', () => {
  const admin = { role: 'ADMIN' as const, active: true };
  const change = (over: Partial<AccountChange>): AccountChange => ({
    actorId: 'a',
    targetId: 'b',
    before: admin,
    after: { ...admin, active: false },
    activeAdmins: 2,
    ...over,
  });

  it('lets an administrator deactivate or demote another one while one remains', () => {
    expect(accountChangeRefusal(change({}))).toBeNull();
    expect(accountChangeRefusal(change({ after: { role: 'CENTER_STAFF', active: true } }))).toBeNull();
  });

  it('refuses deactivating or demoting oneself', () => {
    expect(accountChangeRefusal(change({ targetId: 'a' }))).toMatch(/自己/);
    expect(
      accountChangeRefusal(change({ targetId: 'a', after: { role: 'DISCIPLINE', active: true } })),
    ).toMatch(/自己/);
  });

  it('refuses removing the last active administrator', () => {
    expect(accountChangeRefusal(change({ activeAdmins: 1 }))).toMatch(/最后一个/);
  });

  it('says nothing about changes that keep an active administrator, or concern other users', () => {
    expect(accountChangeRefusal(change({ targetId: 'a', after: admin, activeAdmins: 1 }))).toBeNull();
    const staff = { role: 'CENTER_STAFF' as const, active: true };
    expect(accountChangeRefusal(change({ before: staff, after: { ...staff, active: false } }))).toBeNull();
    // Re-activating an administrator is always fine.
    expect(accountChangeRefusal(change({ before: { ...admin, active: false }, after: admin }))).toBeNull();
  });
});
