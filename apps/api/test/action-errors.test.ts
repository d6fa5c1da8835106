import type { ActionName, CaseState } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, PAYLOADS, rowCounts, step } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The other refusals of POST /api/cases/:id/actions: the right role in the wrong state (422),
// a malformed request (400) and a stale version (409). None of them changes anything.

let t: TestApp;
const inState = new Map<CaseState, CaseBody>();

beforeAll(async () => {
  t = await createTestApp();
  const states: CaseState[] = [
    'RECEIVED',
    'ASSESSING',
    'INVESTIGATING',
    'NOTICE_PENDING_APPROVAL',
    'AWAITING_REPLY',
    'REPLY_UNDER_REVIEW',
    'RECHECKING',
    'REFERRED',
  ];
  for (const s of states) inState.set(s, await caseIn(t, s));
  const closed = await caseIn(t, 'REFERRED');
  await step(t, 'discipline', closed.id, 'record_disposition');
  inState.set('CLOSED', closed);
});
afterAll(async () => t?.close());

/** For each action, its role and a state that role can see but may not take it in. */
const WRONG_STATE: [ActionName, DemoUser, CaseState][] = [
  ['start_assessment', 'staff', 'ASSESSING'],
  ['dismiss', 'staff', 'INVESTIGATING'],
  ['transfer_out', 'staff', 'RECEIVED'],
  ['open_investigation', 'staff', 'RECEIVED'],
  ['add_evidence', 'staff', 'ASSESSING'],
  ['conclude_no_violation', 'staff', 'ASSESSING'],
  ['draft_notice', 'staff', 'NOTICE_PENDING_APPROVAL'],
  ['return_draft', 'director', 'INVESTIGATING'],
  ['approve_notice', 'director', 'AWAITING_REPLY'],
  ['acknowledge', 'unit1.handler', 'REPLY_UNDER_REVIEW'],
  ['acknowledge', 'unit1.leader', 'RECHECKING'],
  ['submit_rectification', 'unit1.leader', 'RECHECKING'],
  ['object', 'unit1.leader', 'REPLY_UNDER_REVIEW'],
  ['request_extension', 'unit1.leader', 'REFERRED'],
  ['grant_extension', 'director', 'RECHECKING'],
  ['deny_extension', 'director', 'REPLY_UNDER_REVIEW'],
  ['accept_rectification', 'staff', 'AWAITING_REPLY'],
  ['reject_rectification', 'staff', 'RECHECKING'],
  ['uphold_objection', 'director', 'AWAITING_REPLY'],
  ['dismiss_objection', 'director', 'REPLY_UNDER_REVIEW'],
  ['refer', 'director', 'RECHECKING'],
  ['accept_referral', 'discipline', 'CLOSED'],
  ['record_disposition', 'discipline', 'CLOSED'],
];

describe('right role, wrong state → 422', () => {
  it.each(WRONG_STATE)('%s by %s in %s', async (action, user, state) => {
    const c = inState.get(state)!;
    const before = await rowCounts(t);
    const version = await t.version(c.id);
    const body = expectProblem(await (await t.as(user)).act(c.id, action, PAYLOADS[action]), 422);
    expect(body).toMatchObject({
      title: 'Unprocessable Content',
      code: 'WRONG_STATE',
      reason: 'STATE_NOT_ALLOWED',
    });
    expect(await t.version(c.id)).toBe(version);
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('malformed action requests → 400, stale versions → 409', () => {
  const post = async (id: string, payload: unknown, user: DemoUser = 'staff') =>
    t.inject({
      method: 'POST',
      url: `/api/cases/${id}/actions`,
      headers: { cookie: (await t.as(user)).cookie },
      payload: payload as Record<string, unknown>,
    });

  it('unknown, missing or mistyped action → 400', async () => {
    const c = inState.get('RECEIVED')!;
    for (const body of [
      { action: 'delete_case', version: c.version },
      { action: 'START_ASSESSMENT', version: c.version },
      { action: '__proto__', version: c.version },
      { action: 'toString', version: c.version },
      { version: c.version },
      { action: ['start_assessment'], version: c.version },
      { action: null, version: c.version },
    ]) {
      const problem = expectProblem(await post(c.id, body), 400);
      expect(problem.errors?.[0]?.path ?? '').toMatch(/action/);
    }
    expect(await t.version(c.id)).toBe(c.version);
  });

  it('missing or invalid version → 400', async () => {
    const c = inState.get('RECEIVED')!;
    for (const version of [
      undefined,
      null,
      '1',
      String(c.version),
      0,
      -1,
      1.5,
      2 ** 53,
      'latest',
      [c.version],
      {},
    ]) {
      const body =
        version === undefined ? { action: 'start_assessment' } : { action: 'start_assessment', version };
      const problem = expectProblem(await post(c.id, body), 400);
      expect(JSON.stringify(problem.errors)).toMatch(/version/);
    }
    expect(await t.version(c.id)).toBe(c.version);
  });

  it('an invalid payload names the offending fields (400)', async () => {
    const c = inState.get('ASSESSING')!;
    const problem = expectProblem(
      await post(c.id, { action: 'dismiss', version: c.version, reason: '  ' }),
      400,
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['feedback', 'reason', 'reasonCode']);
    const tooLong = expectProblem(
      await post(c.id, {
        action: 'dismiss',
        version: c.version,
        reasonCode: 'OTHER',
        reason: 'x'.repeat(10_001),
        feedback: 'ok',
      }),
      400,
    );
    expect(tooLong.errors).toEqual([{ path: 'reason', message: expect.stringContaining('10000') }]);
    const days = inState.get('INVESTIGATING')!;
    for (const deadlineWorkingDays of [0, 61, 2.5, '15'])
      expectProblem(
        await post(days.id, {
          action: 'draft_notice',
          version: days.version,
          ...PAYLOADS.draft_notice,
          deadlineWorkingDays,
        }),
        400,
      );
    expect(await t.version(c.id)).toBe(c.version);
    expect(await t.version(days.id)).toBe(days.version);
  });

  it('a stale or future version → 409, and nothing changes', async () => {
    const c = await caseIn(t, 'ASSESSING');
    const before = await rowCounts(t);
    for (const version of [c.version - 1, 1, c.version + 1, 2 ** 31 - 1]) {
      const problem = expectProblem(await post(c.id, { action: 'open_investigation', version }), 409);
      expect(problem).toMatchObject({ title: 'Conflict', code: 'STALE_VERSION' });
    }
    expect(await rowCounts(t)).toEqual(before);
    expect(await t.version(c.id)).toBe(c.version);
    // The same request with the current version goes through.
    expect(
      expectStatus<CaseBody>(await post(c.id, { action: 'open_investigation', version: c.version }), 200)
        .state,
    ).toBe('INVESTIGATING');
  });

  it('two editors: the second, holding the old version, gets 409', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const first = await post(c.id, { action: 'add_evidence', version: c.version, note: '第一位' });
    const second = await post(c.id, { action: 'draft_notice', version: c.version, ...PAYLOADS.draft_notice });
    expectStatus(first, 200);
    expectProblem(second, 409);
    const last = await t.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: c.id },
      orderBy: { seq: 'desc' },
    });
    expect(last).toMatchObject({ action: 'add_evidence', seq: c.version + 1 });
  });
});
