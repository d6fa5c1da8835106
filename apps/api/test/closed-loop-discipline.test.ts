import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, expectChained, getCase, getEvents, inLoop, PAYLOADS, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// DISCIPLINE_CONCLUDED both ways: the system refers an overdue case when the test clock
// passes its due date (懒政怠政自动移送), and the director refers a case by hand. Discipline
// inspection then accepts (once) and records its disposition.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function setClock(now: string) {
  const res = await t.inject({ method: 'POST', url: '/api/test/clock', payload: { now } });
  expect(expectStatus(res, 200)).toEqual({ now: new Date(now).toISOString() });
}

async function sweep(): Promise<number> {
  const body = expectStatus<{ referred: number }>(
    await t.inject({ method: 'POST', url: '/api/test/sweep' }),
    200,
  );
  expect(Object.keys(body)).toEqual(['referred']);
  return body.referred;
}

/** Cases the sweep should refer right now: running deadlines that have passed. */
const overdueNow = () =>
  t.prisma.case.count({ where: { state: 'AWAITING_REPLY', dueAt: { lt: t.clock.now() } } });

describe('referral to discipline inspection', () => {
  it('the sweep refers an overdue case exactly once, as the system', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY', { reporter: { name: '钱多多', phone: '135 5555 0000' } });
    expect(c0.dueAt).toBe('2026-03-23T15:59:59.000Z');
    expectProblem(await (await t.as('discipline')).get(`/api/cases/${c0.id}`), 404);

    // At the due instant itself the case is not yet overdue.
    await setClock(c0.dueAt!);
    const dueNow = await overdueNow();
    expect(await sweep()).toBe(dueNow);
    expect((await getCase(t, 'staff', c0.id)).state).toBe('AWAITING_REPLY');

    await setClock('2026-03-24T00:00:00.000Z');
    const expected = await overdueNow();
    expect(expected).toBeGreaterThanOrEqual(1);
    expect(await sweep()).toBe(expected);
    expect(await sweep()).toBe(0);
    // The public page says only 整改中: a referral is internal.
    const tracked = await t.inject({ method: 'GET', url: `/api/public/reports/${c0.trackingCode}` });
    expect(expectStatus(tracked, 200)).toMatchObject({
      status: '整改中',
      statusCode: 'RECTIFYING',
      feedback: [],
    });
    expect(tracked.body).not.toMatch(/REFER|纪检/);

    const c = await getCase(t, 'staff', c0.id);
    expect(c).toMatchObject({ state: 'REFERRED', outcome: null, version: c0.version + 1, dueAt: null });
    expect(c.referral).toEqual({
      by: 'SYSTEM',
      reason: 'NO_REPLY',
      at: '2026-03-24T00:00:00.000Z',
      acceptedAt: null,
    });
    const events = await getEvents(t, 'staff', c0.id);
    expectChained(events);
    const referrals = events.filter((e) => e.action === 'refer_overdue');
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toEqual({
      seq: c0.version + 1,
      action: 'refer_overdue',
      fromState: 'AWAITING_REPLY',
      toState: 'REFERRED',
      actor: { system: true },
      at: '2026-03-24T00:00:00.000Z',
      data: { reason: 'NO_REPLY', dueAt: c0.dueAt },
      prevHash: events[c0.version - 1]!.hash,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The unit can no longer reply; the referral is visible to discipline inspection.
    expectProblem(
      await (await t.as('unit1.leader')).act(c0.id, 'submit_rectification', PAYLOADS.submit_rectification),
      422,
    );
    expect((await getCase(t, 'discipline', c0.id)).allowedActions.filter(inLoop)).toEqual([
      'accept_referral',
      'record_disposition',
    ]);
    expect(await getCase(t, 'discipline', c0.id)).not.toHaveProperty('reporter');

    let d = await step(t, 'discipline', c0.id, 'accept_referral');
    expect(d).toMatchObject({ state: 'REFERRED', version: c0.version + 2 });
    expect(d.referral).toMatchObject({ acceptedAt: '2026-03-24T00:00:00.000Z' });
    expectProblem(await (await t.as('discipline')).act(c0.id, 'accept_referral'), 422);
    expect((await getCase(t, 'discipline', c0.id)).allowedActions.filter(inLoop)).toEqual([
      'record_disposition',
    ]);

    d = await step(t, 'discipline', c0.id, 'record_disposition');
    expect(d).toMatchObject({
      state: 'CLOSED',
      outcome: 'DISCIPLINE_CONCLUDED',
      version: c0.version + 3,
      allowedActions: [],
    });
    const all = await getEvents(t, 'discipline', c0.id);
    expect(all.map((e) => e.action).slice(-3)).toEqual([
      'refer_overdue',
      'accept_referral',
      'record_disposition',
    ]);
    expect(all.at(-1)!.data).toEqual(PAYLOADS.record_disposition);
    expectChained(all);

    const pub = expectStatus<{ statusCode: string; feedback: { text: string }[] }>(
      await t.inject({ method: 'GET', url: `/api/public/reports/${c0.trackingCode}` }),
      200,
    );
    expect(pub.statusCode).toBe('CLOSED');
    expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.record_disposition.feedback]);
    t.setNow(t.fixedNow);
  });

  it('a rejected reply that is never implemented is referred as NOT_IMPLEMENTED', async () => {
    t.setNow(t.fixedNow);
    const c0 = await caseIn(t, 'REPLY_UNDER_REVIEW');
    const back = await step(t, 'staff', c0.id, 'reject_rectification');
    // 10 working days after Monday 2 March: Monday 16 March.
    expect(back).toMatchObject({ state: 'AWAITING_REPLY', dueAt: '2026-03-16T15:59:59.000Z' });
    await setClock('2026-03-17T01:00:00.000Z');
    const expected = await overdueNow();
    expect(await sweep()).toBe(expected);
    const c = await getCase(t, 'staff', c0.id);
    expect(c).toMatchObject({ state: 'REFERRED', referral: { by: 'SYSTEM', reason: 'NOT_IMPLEMENTED' } });
    const last = (await getEvents(t, 'staff', c0.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'refer_overdue',
      actor: { system: true },
      data: { reason: 'NOT_IMPLEMENTED' },
    });
    t.setNow(t.fixedNow);
  });

  it('the director refers by hand from AWAITING_REPLY and from REPLY_UNDER_REVIEW', async () => {
    t.setNow(t.fixedNow);
    for (const state of ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'] as const) {
      const c0 = await caseIn(t, state);
      expect((await getCase(t, 'director', c0.id)).allowedActions).toContain('refer');
      const c = await step(t, 'director', c0.id, 'refer');
      expect(c).toMatchObject({ state: 'REFERRED', version: c0.version + 1, dueAt: null });
      expect(c.referral).toEqual({
        by: 'DIRECTOR',
        reason: PAYLOADS.refer.reason,
        at: t.fixedNow.toISOString(),
        acceptedAt: null,
      });
      const ev = (await getEvents(t, 'director', c0.id)).at(-1)!;
      expect(ev).toMatchObject({
        action: 'refer',
        fromState: state,
        toState: 'REFERRED',
        actor: { role: 'CENTER_DIRECTOR' },
      });
      // Recording the disposition without an explicit acceptance accepts it implicitly.
      const done = await step(t, 'discipline', c0.id, 'record_disposition');
      expect(done).toMatchObject({
        state: 'CLOSED',
        outcome: 'DISCIPLINE_CONCLUDED',
        version: c0.version + 2,
      });
      expect(done.referral).toMatchObject({ by: 'DIRECTOR', acceptedAt: t.fixedNow.toISOString() });
      expectChained(await getEvents(t, 'discipline', c0.id));
    }
  });

  it('the sweep leaves a case alone once the deadline was extended past now', async () => {
    t.setNow(t.fixedNow);
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    await step(t, 'unit1.leader', c0.id, 'request_extension');
    const granted = await step(t, 'director', c0.id, 'grant_extension');
    expect(granted.dueAt).toBe('2026-03-30T15:59:59.000Z');
    await setClock('2026-03-25T00:00:00.000Z');
    await sweep();
    expect((await getCase(t, 'staff', c0.id)).state).toBe('AWAITING_REPLY');
    await setClock('2026-03-31T00:00:00.000Z');
    await sweep();
    expect((await getCase(t, 'staff', c0.id)).state).toBe('REFERRED');
    t.setNow(t.fixedNow);
  });
});
