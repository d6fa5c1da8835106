import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  audienceOf,
  audienceRoles,
  NOTIFY_ON,
  nextActorsIn,
  notificationRecipients,
  ROLES,
  type UserActor,
} from '../src/index.ts';
import { OTHER_UNIT_ID, richSnapshot, UNIT_ID, userActor } from './fixtures.ts';

const everyone: UserActor[] = [
  ...ROLES.map((r) => userActor(r)),
  { kind: 'user', id: 'other-unit-leader', role: 'UNIT_LEADER', unitId: OTHER_UNIT_ID },
];
const ids = (us: UserActor[]) => us.map((u) => u.id).sort();

describe('who is notified of which action (待办)', () => {
  it('names only roles or the unit in its entries', () => {
    for (const action of ACTION_NAMES) {
      for (const a of audienceOf(action, null, 'RECEIVED')) expect([...ROLES, 'UNIT'], action).toContain(a);
    }
    expect(Object.keys(NOTIFY_ON).length).toBeGreaterThan(10);
  });

  it('tells the director of a draft awaiting approval, an extension request and an objection', () => {
    for (const action of ['draft_notice', 'request_extension', 'object'])
      expect(audienceOf(action, 'AWAITING_REPLY', 'AWAITING_REPLY')).toContain('CENTER_DIRECTOR');
  });

  it("tells the case's unit — only its own — of a new notice, a rejection and a 催办", () => {
    const after = richSnapshot('AWAITING_REPLY');
    for (const action of ['approve_notice', 'reject_rectification', 'remind_unit']) {
      const got = notificationRecipients(audienceOf(action, null, 'AWAITING_REPLY'), after, 'x', everyone);
      expect(ids(got), action).toEqual(['user-unit_handler', 'user-unit_leader']);
      expect(got.every((u) => u.unitId === UNIT_ID)).toBe(true);
    }
  });

  it('tells discipline inspection of a referral, staff of a reply to review', () => {
    const referred = richSnapshot('REFERRED');
    expect(
      ids(
        notificationRecipients(audienceOf('refer', 'AWAITING_REPLY', 'REFERRED'), referred, null, everyone),
      ),
    ).toEqual(['user-discipline']);
    const reply = richSnapshot('REPLY_UNDER_REVIEW');
    expect(
      ids(
        notificationRecipients(
          audienceOf('submit_rectification', 'AWAITING_REPLY', 'REPLY_UNDER_REVIEW'),
          reply,
          null,
          everyone,
        ),
      ),
    ).toEqual([userActor('CENTER_STAFF').id]);
  });

  it('never notifies the one who acted', () => {
    const after = richSnapshot('NOTICE_PENDING_APPROVAL');
    const got = notificationRecipients(['CENTER_DIRECTOR'], after, 'user-center_director', everyone);
    expect(got).toEqual([]);
  });

  it('never notifies someone who may not read the case (a unit before its notice)', () => {
    const before = richSnapshot('INVESTIGATING', { notice: null });
    expect(notificationRecipients(['UNIT'], before, null, everyone)).toEqual([]);
  });

  it('falls back to whoever may act next in the new state for an action without an entry', () => {
    expect(audienceOf('some_future_action', 'INVESTIGATING', 'NOTICE_PENDING_APPROVAL')).toEqual([
      'CENTER_DIRECTOR',
    ]);
    // Awaiting the reply, the unit replies or objects and the director may refer or propose a
    // 决定书; staff only have side actions there (催办, assign), which do not make them next.
    expect(new Set(nextActorsIn('AWAITING_REPLY'))).toEqual(new Set(['UNIT', 'CENTER_DIRECTOR']));
    expect(audienceOf('some_future_action', 'INVESTIGATING', 'INVESTIGATING')).toEqual([]);
  });

  it('looks up unit roles only when the unit is named', () => {
    expect(audienceRoles(['DISCIPLINE'])).toEqual({ roles: ['DISCIPLINE'], unit: false });
    expect(audienceRoles(['UNIT']).unit).toBe(true);
  });
});
