import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, getCase, getEvents, inLoop, PAYLOADS, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The loops inside the loop: a rejected rectification or a dismissed objection sends the case
// back with a new deadline; extensions are requested once per deadline and granted (moving the
// due date) or denied. Due dates are checked against the working-day calendar by hand.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterEach(() => t.setNow(t.fixedNow));
afterAll(async () => t?.close());

describe('new deadlines', () => {
  it('reject_rectification: back to AWAITING_REPLY with a fresh deadline from today', async () => {
    const c0 = await caseIn(t, 'REPLY_UNDER_REVIEW');
    expect(c0.dueAt).toBeNull();
    t.setNow(new Date('2026-03-04T06:30:00.000Z')); // Wednesday
    const c = await step(t, 'staff', c0.id, 'reject_rectification', {
      reasons: '未附培训记录',
      newDeadlineWorkingDays: 10,
    });
    // Thu 5, Fri 6, 9–13, 16, 17, 18 March: the 10th working day is Wednesday 18 March.
    expect(c).toMatchObject({
      state: 'AWAITING_REPLY',
      version: c0.version + 1,
      dueAt: '2026-03-18T15:59:59.000Z',
    });
    expect(c.deadline).toMatchObject({
      startAt: '2026-03-04T06:30:00.000Z',
      workingDays: 10,
      extensions: [],
      active: true,
    });
    const ev = (await getEvents(t, 'staff', c0.id)).at(-1)!;
    expect(ev).toMatchObject({
      action: 'reject_rectification',
      fromState: 'REPLY_UNDER_REVIEW',
      toState: 'AWAITING_REPLY',
      data: { reasons: '未附培训记录', newDeadlineWorkingDays: 10, dueAt: '2026-03-18T15:59:59.000Z' },
    });
    // The unit may reply again.
    expect((await getCase(t, 'unit1.leader', c0.id)).allowedActions).toContain('submit_rectification');
    expect((await step(t, 'unit1.leader', c0.id, 'submit_rectification')).state).toBe('REPLY_UNDER_REVIEW');
  });

  it('dismiss_objection: back to AWAITING_REPLY with the new deadline', async () => {
    const c0 = await caseIn(t, 'RECHECKING');
    const c = await step(t, 'director', c0.id, 'dismiss_objection');
    // 10 working days after Monday 2 March: 3–6 (4), 9–13 (9), Monday 16 March.
    expect(PAYLOADS.dismiss_objection.newDeadlineWorkingDays).toBe(10);
    expect(c).toMatchObject({
      state: 'AWAITING_REPLY',
      version: c0.version + 1,
      dueAt: '2026-03-16T15:59:59.000Z',
    });
    const ev = (await getEvents(t, 'staff', c0.id)).at(-1)!;
    expect(ev.data).toEqual({ ...PAYLOADS.dismiss_objection, dueAt: '2026-03-16T15:59:59.000Z' });
    // The unit must now rectify: one objection per notice, so it cannot stall the loop.
    expect((await getCase(t, 'unit1.leader', c0.id)).allowedActions.filter(inLoop)).toEqual([
      'submit_rectification',
      'request_extension',
    ]);
    expectProblem(await (await t.as('unit1.leader')).act(c0.id, 'object', PAYLOADS.object), 422);
    expect(await t.version(c0.id)).toBe(c0.version + 1);
  });

  it('a deadline skips the Qingming holiday', async () => {
    t.setNow(new Date('2026-03-30T02:00:00.000Z')); // Monday 30 March
    const c = await caseIn(t, 'AWAITING_REPLY');
    const draft = await step(t, 'staff', (await caseIn(t, 'INVESTIGATING')).id, 'draft_notice', {
      ...PAYLOADS.draft_notice,
      deadlineWorkingDays: 5,
    });
    const issued = await step(t, 'director', draft.id, 'approve_notice');
    // 31 Mar, 1–3 Apr, then 4–6 April are 清明节: the 5th working day is Tuesday 7 April.
    expect(issued.dueAt).toBe('2026-04-07T15:59:59.000Z');
    expect(issued.deadline).toMatchObject({
      explanation: expect.objectContaining({ dueDate: '2026-04-07' }),
    });
    // 15 working days from 30 March: 31 Mar–3 Apr (4), 7–10 (8), 13–17 (13), 20, 21 → 21 April.
    expect(c.dueAt).toBe('2026-04-21T15:59:59.000Z');
  });
});

describe('调休: make-up working days from the official calendar (seeds/calendar/2026.json)', () => {
  const setClock = async (now: string) =>
    expectStatus(await t.inject({ method: 'POST', url: '/api/test/clock', payload: { now } }), 200);

  it('15 working days from Fri 2026-09-18 end Thu 2026-10-15, because Sun 20 Sep and Sat 10 Oct are working days', async () => {
    const pending = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    expect(pending.draftNotice?.deadlineWorkingDays).toBe(15);
    await setClock('2026-09-18T10:00:00+08:00');
    const c = await step(t, 'director', pending.id, 'approve_notice');
    // Sun 20 (1, 调休), 21–24 (5), 25–27 中秋, 28–30 (8), 1–7 Oct 国庆, 8, 9 (10), Sat 10 (11, 调休),
    // 12–15 (15). Without the Sunday it would be 16 October; without both, 19 October.
    expect(c.dueAt).toBe('2026-10-15T15:59:59.000Z');
    expect(c.deadline?.explanation).toMatchObject({
      startDate: '2026-09-18',
      dueDate: '2026-10-15',
      makeupWorkdays: [
        expect.objectContaining({ date: '2026-09-20' }),
        expect.objectContaining({ date: '2026-10-10' }),
      ],
    });
    const skipped = c.deadline!.explanation.skipped;
    expect(skipped.filter((d) => d.reason === 'HOLIDAY').map((d) => d.date)).toEqual([
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`),
    ]);
    // The unit reads the same due date.
    expect((await getCase(t, 'unit1.leader', pending.id)).dueAt).toBe('2026-10-15T15:59:59.000Z');
  });

  it('1 working day from Fri 2026-10-09 ends on the make-up Saturday 10 October', async () => {
    const pending = await caseIn(t, 'INVESTIGATING');
    await step(t, 'staff', pending.id, 'draft_notice', { ...PAYLOADS.draft_notice, deadlineWorkingDays: 1 });
    await setClock('2026-10-09T10:00:00+08:00');
    const c = await step(t, 'director', pending.id, 'approve_notice');
    expect(c.dueAt).toBe('2026-10-10T15:59:59.000Z');
  });
});

describe('extensions', () => {
  it('request → grant moves the due date; once per deadline', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    expect(c0.dueAt).toBe('2026-03-23T15:59:59.000Z');
    expectProblem(
      await (await t.as('unit1.handler')).act(c0.id, 'request_extension', PAYLOADS.request_extension),
      403,
    );
    expectProblem(
      await (await t.as('director')).act(c0.id, 'grant_extension', PAYLOADS.grant_extension),
      422,
    );

    let c = await step(t, 'unit1.leader', c0.id, 'request_extension', {
      reason: '需调取档案',
      extraWorkingDays: 5,
    });
    expect(c).toMatchObject({ state: 'AWAITING_REPLY', version: c0.version + 1, dueAt: c0.dueAt });
    expect(c.extensionRequest).toEqual({
      reason: '需调取档案',
      extraWorkingDays: 5,
      requestedAt: t.fixedNow.toISOString(),
      decision: 'PENDING',
    });
    expectProblem(
      await (await t.as('unit1.leader')).act(c0.id, 'request_extension', PAYLOADS.request_extension),
      422,
    );
    expect((await getCase(t, 'director', c0.id)).allowedActions.filter(inLoop)).toEqual(
      expect.arrayContaining(['grant_extension', 'deny_extension', 'refer']),
    );
    // The director's queue of undecided requests is a list filter, not a scan of case details.
    const pendingIds = async () => {
      const res = await (await t.as('director')).get('/api/cases?extensionPending=true&pageSize=100');
      return (JSON.parse(res.body) as { items: { id: string; extensionPending: boolean }[] }).items;
    };
    expect(await pendingIds()).toEqual([expect.objectContaining({ id: c0.id, extensionPending: true })]);

    c = await step(t, 'director', c0.id, 'grant_extension');
    // 15 + 5 working days after 2 March: Monday 30 March.
    expect(c).toMatchObject({ version: c0.version + 2, dueAt: '2026-03-30T15:59:59.000Z' });
    expect(c.extensionRequest?.decision).toBe('GRANTED');
    expect(await pendingIds()).toEqual([]);
    expect(c.deadline).toMatchObject({
      workingDays: 15,
      extensions: [{ days: 5, grantedAt: t.fixedNow.toISOString() }],
    });
    expect(c.deadline?.explanation).toMatchObject({
      baseDays: 15,
      extensionDays: 5,
      totalDays: 20,
    });
    const ev = (await getEvents(t, 'director', c0.id)).at(-1)!;
    expect(ev).toMatchObject({
      action: 'grant_extension',
      data: { comment: '同意延期', extraWorkingDays: 5, dueAt: c.dueAt },
    });
    // Nothing left to decide, and no second request for the same deadline.
    expectProblem(await (await t.as('director')).act(c0.id, 'deny_extension', PAYLOADS.deny_extension), 422);
    expectProblem(
      await (await t.as('unit1.leader')).act(c0.id, 'request_extension', PAYLOADS.request_extension),
      422,
    );
    expect(await t.version(c0.id)).toBe(c0.version + 2);
  });

  it('request → deny keeps the due date', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    await step(t, 'unit1.leader', c0.id, 'request_extension');
    const c = await step(t, 'director', c0.id, 'deny_extension');
    expect(c).toMatchObject({ version: c0.version + 2, dueAt: c0.dueAt });
    expect(c.extensionRequest?.decision).toBe('DENIED');
    expect(c.deadline?.extensions).toEqual([]);
    expectProblem(
      await (await t.as('director')).act(c0.id, 'grant_extension', PAYLOADS.grant_extension),
      422,
    );
  });

  it('no extension can be requested once the deadline has passed', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    t.setNow(new Date('2026-03-24T00:00:00.000Z'));
    expect((await getCase(t, 'unit1.leader', c0.id)).allowedActions).not.toContain('request_extension');
    expectProblem(
      await (await t.as('unit1.leader')).act(c0.id, 'request_extension', PAYLOADS.request_extension),
      422,
    );
    expect((await getCase(t, 'staff', c0.id)).deadline?.status).toBe('OVERDUE');
  });

  it('a new deadline allows a new request', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    await step(t, 'unit1.leader', c0.id, 'request_extension');
    await step(t, 'director', c0.id, 'deny_extension');
    await step(t, 'unit1.leader', c0.id, 'submit_rectification');
    await step(t, 'staff', c0.id, 'reject_rectification');
    const c = await step(t, 'unit1.leader', c0.id, 'request_extension', {
      reason: '再次申请',
      extraWorkingDays: 3,
    });
    expect(c.extensionRequest).toMatchObject({ decision: 'PENDING', extraWorkingDays: 3 });
  });
});

describe('reply drafts', () => {
  it('only the unit may keep a draft, only while it owes a reply, without touching the case', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY');
    const url = `/api/cases/${c0.id}/reply-draft`;
    const draft = { kind: 'OBJECTION', text: '拟提出异议：处罚适当。' };
    expectProblem(await (await t.as('staff')).put(url, draft), 403);
    expectProblem(await (await t.as('unit2.handler')).put(url, draft), 404);
    expectProblem(await (await t.as('unit1.handler')).put(url, { kind: 'OTHER', text: 'x' }), 400);
    expectProblem(
      await (await t.as('unit1.handler')).put(url, { kind: 'OBJECTION', text: 'x'.repeat(10_001) }),
      400,
    );
    expectStatus(await (await t.as('unit1.leader')).put(url, draft), 200);
    const second = { kind: 'RECTIFICATION', text: '改为整改报告' };
    expectStatus(await (await t.as('unit1.handler')).put(url, second), 200);
    expect(expectStatus(await (await t.as('unit1.leader')).get(url), 200)).toMatchObject(second);
    expect(await t.prisma.replyDraft.count({ where: { caseId: c0.id } })).toBe(1);
    expect(await t.version(c0.id)).toBe(c0.version);
    expect(await t.prisma.caseEvent.count({ where: { caseId: c0.id } })).toBe(c0.version);
    await step(t, 'unit1.leader', c0.id, 'submit_rectification');
    expectProblem(await (await t.as('unit1.handler')).put(url, draft), 403);
    expectProblem(await (await t.as('unit1.handler')).get(url), 403);
  });
});
