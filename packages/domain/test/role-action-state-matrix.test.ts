import { describe, expect, it } from 'vitest';
import {
  type ActionName,
  type ActorKind,
  activeDeadline,
  allowedActions,
  applyAction,
  type CaseSnapshot,
  refusal,
  STATES,
  SYSTEM_ACTOR,
} from '../src/index.ts';
import { ACTION_SPECS, sampleOf, specOf } from './action-specs.ts';
import {
  AFTER_DUE,
  ALL_ACTOR_KINDS,
  actorFor,
  ctxAt,
  DUE_AT,
  fixtureFor,
  NOTICE_NUMBER,
  NOW,
  OTHER_UNIT_ID,
  PENDING_EXTENSION,
  richSnapshot,
  userActor,
} from './fixtures.ts';

const UNIT_KINDS: readonly ActorKind[] = ['UNIT_HANDLER', 'UNIT_LEADER'];

function applied(result: ReturnType<typeof applyAction>) {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function refusedCode(result: ReturnType<typeof applyAction>) {
  return result.ok ? 'OK' : result.error.code;
}

describe('role × action × state: allowed iff the role and the state are in product.md’s row', () => {
  describe.each(ACTION_SPECS.map((s) => [s.action, s] as const))('%s', (action, expected) => {
    it.each(ALL_ACTOR_KINDS)('as %s in every state', (kind) => {
      const actor = actorFor(kind);
      for (const state of STATES) {
        const { snap, ctx } = fixtureFor(action, state);
        const roleOk = expected.who.includes(kind);
        const stateOk = (expected.from as readonly string[]).includes(state);
        const where = `${kind} ${action} in ${state}`;

        expect(allowedActions(snap, actor, ctx).includes(action), where).toBe(roleOk && stateOk);
        const refused = refusal(snap, action, actor, ctx);
        const result = applyAction(snap, action, sampleOf(action), actor, ctx);

        if (!roleOk) {
          expect(refused?.code, where).toBe('NOT_ALLOWED_FOR_ROLE');
          expect(refused?.status, where).toBe(403);
          expect(refusedCode(result), where).toBe('NOT_ALLOWED_FOR_ROLE');
        } else if (!stateOk) {
          expect(refused?.code, where).toBe('NOT_ALLOWED_IN_STATE');
          expect(refused?.status, where).toBe(422);
          expect(refusedCode(result), where).toBe('NOT_ALLOWED_IN_STATE');
        } else {
          expect(refused, where).toBeNull();
          const { next, event } = applied(result);
          expect(next.state, where).toBe(expected.to === 'same' ? state : expected.to);
          expect(next.outcome, where).toBe(expected.outcome);
          expect(next.version, where).toBe(snap.version + 1);
          expect(event, where).toMatchObject({
            action,
            fromState: state,
            toState: next.state,
            actor,
            at: ctx.now.toISOString(),
          });
        }
      }
    });
  });

  it('a refused action leaves the snapshot untouched (pure)', () => {
    const snap = richSnapshot('RECEIVED');
    const copy = structuredClone(snap);
    applyAction(snap, 'approve_notice', {}, actorFor('CENTER_DIRECTOR'), ctxAt(NOW));
    applyAction(snap, 'start_assessment', {}, actorFor('CENTER_STAFF'), ctxAt(NOW));
    expect(snap).toEqual(copy);
  });

  it('an unknown action is UNKNOWN_ACTION (400)', () => {
    const result = applyAction(richSnapshot('RECEIVED'), 'reopen', {}, actorFor('CENTER_STAFF'), ctxAt(NOW));
    expect(refusedCode(result)).toBe('UNKNOWN_ACTION');
    if (!result.ok) expect(result.error.status).toBe(400);
    const proto = applyAction(richSnapshot('RECEIVED'), 'toString', {}, actorFor('CENTER_STAFF'), ctxAt(NOW));
    expect(refusedCode(proto)).toBe('UNKNOWN_ACTION');
  });
});

describe('unit scoping of actions', () => {
  const unitActions = ACTION_SPECS.filter((s) => s.who.some((r) => UNIT_KINDS.includes(r))).map(
    (s) => s.action,
  );

  it('covers acknowledge, submit_rectification, object, request_extension and submit_explanation', () => {
    expect(unitActions.sort()).toEqual([
      'acknowledge',
      'object',
      'request_extension',
      'submit_explanation',
      'submit_rectification',
    ]);
  });

  it.each(unitActions)(
    '%s: a unit user of ANOTHER unit (or of none) is refused NOT_ALLOWED_FOR_ROLE',
    (action) => {
      for (const kind of specOf(action).who) {
        for (const unitId of [OTHER_UNIT_ID, null]) {
          const stranger = userActor(kind as 'UNIT_HANDLER' | 'UNIT_LEADER', unitId);
          for (const state of STATES) {
            const { snap, ctx } = fixtureFor(action, state);
            expect(refusal(snap, action, stranger, ctx)?.code, `${kind}@${unitId} ${state}`).toBe(
              'NOT_ALLOWED_FOR_ROLE',
            );
            expect(allowedActions(snap, stranger, ctx)).toEqual([]);
            expect(refusedCode(applyAction(snap, action, sampleOf(action), stranger, ctx))).toBe(
              'NOT_ALLOWED_FOR_ROLE',
            );
          }
        }
      }
    },
  );
});

describe('activeDeadline', () => {
  it('a deadline runs only while the unit owes a reply (where refer_overdue applies)', () => {
    for (const state of STATES) {
      const expected = state === 'AWAITING_REPLY' ? richSnapshot(state).workflow.deadline : null;
      expect(activeDeadline(richSnapshot(state)), state).toEqual(expected);
    }
  });
});

describe('guards', () => {
  const director = actorFor('CENTER_DIRECTOR');
  const leader = actorFor('UNIT_LEADER');
  const handler = actorFor('UNIT_HANDLER');
  const discipline = actorFor('DISCIPLINE');
  const awaiting = richSnapshot('AWAITING_REPLY');

  describe('refer_overdue', () => {
    const payload = sampleOf('refer_overdue');

    it('is refused before the due date (RULE_VIOLATION) and at the due instant itself', () => {
      for (const now of [NOW, new Date(DUE_AT)]) {
        const refused = refusal(awaiting, 'refer_overdue', SYSTEM_ACTOR, ctxAt(now));
        expect(refused?.code).toBe('RULE_VIOLATION');
        expect(refused?.status).toBe(422);
        expect(allowedActions(awaiting, SYSTEM_ACTOR, ctxAt(now))).toEqual([]);
      }
    });

    it('is allowed one millisecond after the due instant, and after the due date', () => {
      const justAfter = new Date(Date.parse(DUE_AT) + 1);
      for (const now of [justAfter, AFTER_DUE]) {
        expect(allowedActions(awaiting, SYSTEM_ACTOR, ctxAt(now))).toEqual(['refer_overdue', 'mark_overdue']);
        const { next, event } = applied(
          applyAction(awaiting, 'refer_overdue', payload, SYSTEM_ACTOR, ctxAt(now)),
        );
        expect(next.state).toBe('REFERRED');
        expect(next.workflow.referral).toEqual({
          by: 'SYSTEM',
          reason: 'NO_REPLY',
          at: now.toISOString(),
          acceptedAt: null,
        });
        expect(event.data).toEqual({ reason: 'NO_REPLY', dueAt: DUE_AT });
      }
    });

    it('is only for the system actor, even after the due date', () => {
      for (const kind of ALL_ACTOR_KINDS.filter((k) => k !== 'SYSTEM')) {
        const result = applyAction(awaiting, 'refer_overdue', payload, actorFor(kind), ctxAt(AFTER_DUE));
        expect(refusedCode(result), kind).toBe('NOT_ALLOWED_FOR_ROLE');
      }
    });

    it('happens once: the referred case can no longer be referred', () => {
      const { next } = applied(
        applyAction(awaiting, 'refer_overdue', payload, SYSTEM_ACTOR, ctxAt(AFTER_DUE)),
      );
      const again = applyAction(next, 'refer_overdue', payload, SYSTEM_ACTOR, ctxAt(AFTER_DUE));
      expect(refusedCode(again)).toBe('NOT_ALLOWED_IN_STATE');
    });

    it('the system actor may do nothing else, in any state', () => {
      for (const state of STATES) {
        const allowed = allowedActions(richSnapshot(state), SYSTEM_ACTOR, ctxAt(AFTER_DUE));
        // refer_overdue or mark_overdue, as the office's overdue policy says (the sweeper picks).
        expect(allowed).toEqual(state === 'AWAITING_REPLY' ? ['refer_overdue', 'mark_overdue'] : []);
      }
    });
  });

  describe('acknowledge (签收, once)', () => {
    it('a second acknowledgement, by either unit role, is ALREADY_DONE', () => {
      const first = applied(applyAction(awaiting, 'acknowledge', {}, handler, ctxAt(NOW)));
      expect(first.next.workflow.acknowledgedAt).toBe(NOW.toISOString());
      for (const actor of [handler, leader]) {
        const again = applyAction(first.next, 'acknowledge', {}, actor, ctxAt(NOW));
        expect(refusedCode(again)).toBe('ALREADY_DONE');
        expect(allowedActions(first.next, actor, ctxAt(NOW))).not.toContain('acknowledge');
      }
    });

    it('a reply counts as receipt when the unit never acknowledged', () => {
      const later = new Date('2026-03-05T02:00:00.000Z');
      const { next } = applied(
        applyAction(awaiting, 'submit_rectification', sampleOf('submit_rectification'), leader, ctxAt(later)),
      );
      expect(next.workflow.acknowledgedAt).toBe(later.toISOString());
      const acked = richSnapshot('AWAITING_REPLY', { acknowledgedAt: NOW.toISOString() });
      const objected = applied(applyAction(acked, 'object', sampleOf('object'), leader, ctxAt(later)));
      expect(objected.next.workflow.acknowledgedAt).toBe(NOW.toISOString());
      expect(objected.next.workflow.objections).toBe(1);
    });
  });

  describe('accept_referral (签收, once)', () => {
    it('a second acceptance is ALREADY_DONE', () => {
      const referred = richSnapshot('REFERRED');
      const first = applied(applyAction(referred, 'accept_referral', {}, discipline, ctxAt(NOW)));
      expect(first.next.workflow.referral?.acceptedAt).toBe(NOW.toISOString());
      expect(refusedCode(applyAction(first.next, 'accept_referral', {}, discipline, ctxAt(NOW)))).toBe(
        'ALREADY_DONE',
      );
      expect(allowedActions(first.next, discipline, ctxAt(NOW))).toEqual(['record_disposition']);
    });

    it('recording the disposition implies acceptance', () => {
      const { next } = applied(
        applyAction(
          richSnapshot('REFERRED'),
          'record_disposition',
          sampleOf('record_disposition'),
          discipline,
          ctxAt(NOW),
        ),
      );
      expect(next.workflow.referral?.acceptedAt).toBe(NOW.toISOString());
    });
  });

  describe('approve_notice', () => {
    it('needs a draft (RULE_VIOLATION without one)', () => {
      const noDraft = richSnapshot('NOTICE_PENDING_APPROVAL', { draftNotice: null });
      expect(refusal(noDraft, 'approve_notice', director, ctxAt(NOW))?.code).toBe('RULE_VIOLATION');
    });

    it('assigns the notice number, the issue date and the due date (15 working days from Wed 2026-03-04)', () => {
      const snap = richSnapshot('NOTICE_PENDING_APPROVAL', { notice: null, deadline: null });
      const { next, event } = applied(applyAction(snap, 'approve_notice', {}, director, ctxAt(NOW)));
      expect(next.workflow.draftNotice).toBeNull();
      expect(next.workflow.notice).toMatchObject({ number: NOTICE_NUMBER, issuedAt: NOW.toISOString() });
      // Mar 5, 6, 9–13, 16–20, 23, 24, 25 → Wed 2026-03-25, 23:59:59 +08:00.
      expect(next.workflow.deadline).toMatchObject({
        seq: 1,
        basis: 'WORKING_DAYS',
        days: 15,
        extensions: [],
      });
      expect(next.workflow.deadline?.dueAt).toBe('2026-03-25T15:59:59.000Z');
      expect(event.data).toEqual({
        instrument: 'NOTICE',
        noticeNumber: NOTICE_NUMBER,
        issuedAt: NOW.toISOString(),
        dueAt: '2026-03-25T15:59:59.000Z',
      });
    });
  });

  describe('request_extension (once per deadline, before it passes)', () => {
    const payload = sampleOf('request_extension');

    it('the first request is recorded as pending for the current deadline', () => {
      const { next } = applied(applyAction(awaiting, 'request_extension', payload, leader, ctxAt(NOW)));
      expect(next.workflow.extensionRequest).toEqual({
        deadlineSeq: 1,
        reason: payload.reason,
        extraWorkingDays: 5,
        requestedAt: NOW.toISOString(),
        decision: 'PENDING',
      });
      expect(next.workflow.deadline).toEqual(awaiting.workflow.deadline);
    });

    it('a second request for the same deadline is ALREADY_DONE (pending, granted or denied)', () => {
      const pending = applied(applyAction(awaiting, 'request_extension', payload, leader, ctxAt(NOW))).next;
      expect(refusedCode(applyAction(pending, 'request_extension', payload, leader, ctxAt(NOW)))).toBe(
        'ALREADY_DONE',
      );
      for (const decide of ['grant_extension', 'deny_extension'] as const) {
        const decided = applied(applyAction(pending, decide, { comment: '已审' }, director, ctxAt(NOW))).next;
        expect(
          refusedCode(applyAction(decided, 'request_extension', payload, leader, ctxAt(NOW))),
          decide,
        ).toBe('ALREADY_DONE');
      }
    });

    it('after the due date is RULE_VIOLATION', () => {
      const refused = refusal(awaiting, 'request_extension', leader, ctxAt(AFTER_DUE));
      expect(refused?.code).toBe('RULE_VIOLATION');
      expect(allowedActions(awaiting, leader, ctxAt(AFTER_DUE))).not.toContain('request_extension');
    });

    it('a handler may not request (only the unit leader)', () => {
      expect(refusal(awaiting, 'request_extension', handler, ctxAt(NOW))?.code).toBe('NOT_ALLOWED_FOR_ROLE');
    });

    it.each([
      ['reject_rectification', 'REPLY_UNDER_REVIEW', 'submit_rectification'],
      ['dismiss_objection', 'RECHECKING', 'object'],
    ] as const)('after %s sets a new deadline, a new request is allowed', (resetAction, via, reply) => {
      let snap: CaseSnapshot = applied(
        applyAction(awaiting, 'request_extension', payload, leader, ctxAt(NOW)),
      ).next;
      snap = applied(applyAction(snap, reply, sampleOf(reply), leader, ctxAt(NOW))).next;
      expect(snap.state).toBe(via);
      const later = new Date('2026-03-06T02:00:00.000Z');
      const decider = actorFor(specOf(resetAction).who[0]!);
      snap = applied(applyAction(snap, resetAction, sampleOf(resetAction), decider, ctxAt(later))).next;
      expect(snap.state).toBe('AWAITING_REPLY');
      expect(snap.workflow.deadline?.seq).toBe(2);
      // 10 working days after Fri 2026-03-06: Mar 9–13, 16–20 → Fri 2026-03-20.
      expect(snap.workflow.deadline?.dueAt).toBe('2026-03-20T15:59:59.000Z');
      expect(allowedActions(snap, leader, ctxAt(later))).toContain('request_extension');
      const { next } = applied(applyAction(snap, 'request_extension', payload, leader, ctxAt(later)));
      expect(next.workflow.extensionRequest).toMatchObject({ deadlineSeq: 2, decision: 'PENDING' });
    });
  });

  describe('grant_extension / deny_extension', () => {
    const pending = richSnapshot('AWAITING_REPLY', { extensionRequest: PENDING_EXTENSION });

    it('grant moves the due date later by the extra working days', () => {
      const { next, event } = applied(
        applyAction(pending, 'grant_extension', { comment: '同意' }, director, ctxAt(NOW)),
      );
      // 15 + 5 working days after Mon 2026-03-02: … Mar 23 (15), 24, 25, 26, 27 (19), 30 (20).
      const extendedDueAt = '2026-03-30T15:59:59.000Z';
      expect(next.workflow.deadline).toMatchObject({
        seq: 1,
        startAt: pending.workflow.deadline?.startAt,
        basis: 'WORKING_DAYS',
        days: 15,
        extensions: [{ days: 5, grantedAt: NOW.toISOString() }],
        dueAt: extendedDueAt,
      });
      expect(Date.parse(next.workflow.deadline!.dueSoonAt)).toBeGreaterThan(
        Date.parse(pending.workflow.deadline!.dueSoonAt),
      );
      expect(next.workflow.extensionRequest?.decision).toBe('GRANTED');
      expect(event.data).toMatchObject({ comment: '同意', extraWorkingDays: 5, dueAt: extendedDueAt });
      // The case is no longer overdue the day after the original due date.
      expect(refusal(next, 'refer_overdue', SYSTEM_ACTOR, ctxAt(AFTER_DUE))?.code).toBe('RULE_VIOLATION');
    });

    it('deny does not move the due date', () => {
      const { next } = applied(
        applyAction(pending, 'deny_extension', { comment: '不同意' }, director, ctxAt(NOW)),
      );
      expect(next.workflow.deadline).toEqual(pending.workflow.deadline);
      expect(next.workflow.extensionRequest?.decision).toBe('DENIED');
    });

    it('needs a pending request for the current deadline (RULE_VIOLATION otherwise)', () => {
      const stale = { ...PENDING_EXTENSION!, deadlineSeq: 0 };
      const decided = { ...PENDING_EXTENSION!, decision: 'GRANTED' as const };
      for (const extensionRequest of [null, stale, decided]) {
        const snap = richSnapshot('AWAITING_REPLY', { extensionRequest });
        for (const action of ['grant_extension', 'deny_extension'] as const satisfies ActionName[]) {
          expect(refusal(snap, action, director, ctxAt(NOW))?.code, action).toBe('RULE_VIOLATION');
        }
      }
    });

    it('a request is decided once: after a grant, a deny is refused', () => {
      const granted = applied(
        applyAction(pending, 'grant_extension', { comment: '同意' }, director, ctxAt(NOW)),
      ).next;
      expect(refusal(granted, 'deny_extension', director, ctxAt(NOW))?.code).toBe('RULE_VIOLATION');
      expect(refusal(granted, 'grant_extension', director, ctxAt(NOW))?.code).toBe('RULE_VIOLATION');
    });
  });
});
