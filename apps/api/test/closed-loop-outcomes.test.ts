import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseIn,
  createCase,
  driveTo,
  expectChained,
  getCase,
  getEvents,
  inLoop,
  PAYLOADS,
  step,
} from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Every other way a case closes before discipline inspection: dismissed, transferred out, no
// violation found, and notice withdrawn after an objection. Each ends with feedback that the
// reporter reads on the public page, and a history whose hash chain is unbroken.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const REPORTER = { name: '黄晓燕', phone: '186 0000 1111' };

async function publicFeedback(code: string) {
  const res = await t.inject({ method: 'GET', url: `/api/public/reports/${code}` });
  return expectStatus<{
    status: string;
    statusCode: string;
    feedback: { text: string }[];
    outcome?: string;
    outcomeAt?: string;
  }>(res, 200);
}

describe('closing outcomes', () => {
  it('DISMISSED with reasonCode: required, one of six, and the public reads the ground', async () => {
    const created = await createCase(t, { reporter: REPORTER });
    const c = await step(t, 'staff', created.id, 'start_assessment');
    const staff = await t.as('staff');
    const { reasonCode: _r, ...withoutCode } = PAYLOADS.dismiss;
    const missing = expectProblem(await staff.act(c.id, 'dismiss', withoutCode), 400);
    expect(missing.code).toBe('VALIDATION');
    expectProblem(await staff.act(c.id, 'dismiss', { ...PAYLOADS.dismiss, reasonCode: 'BORED' }), 400);
    expect(await t.version(c.id)).toBe(c.version);
    await step(t, 'staff', c.id, 'dismiss', {
      ...PAYLOADS.dismiss,
      reasonCode: 'REVIEW_OR_LITIGATION_AVAILABLE',
    });
    const events = await getEvents(t, 'staff', c.id);
    expect(events.at(-1)!.data).toMatchObject({ reasonCode: 'REVIEW_OR_LITIGATION_AVAILABLE' });
    const pub = await publicFeedback(created.trackingCode!);
    expect(pub.outcome).toBe('不予受理：该事项可申请行政复议或提起行政诉讼');
  });

  it('DISMISSED: assessed and dismissed, the reporter is told why', async () => {
    const created = await createCase(t, { reporter: REPORTER });
    expect(created.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(created).toMatchObject({ state: 'RECEIVED', version: 1, outcome: null });
    await step(t, 'staff', created.id, 'start_assessment');
    const c = await step(t, 'staff', created.id, 'dismiss');
    expect(c).toMatchObject({
      state: 'CLOSED',
      outcome: 'DISMISSED',
      version: 3,
      allowedActions: [],
      notice: null,
    });
    const events = await getEvents(t, 'staff', created.id);
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['register', null, 'RECEIVED'],
      ['start_assessment', 'RECEIVED', 'ASSESSING'],
      ['dismiss', 'ASSESSING', 'CLOSED'],
    ]);
    expect(events[2]!.data).toEqual(PAYLOADS.dismiss);
    expect(events[0]!.actor).toMatchObject({ role: 'CENTER_STAFF' });
    expectChained(events);
    const pub = await publicFeedback(created.trackingCode!);
    expect(pub).toMatchObject({ status: '已办结', statusCode: 'CLOSED' });
    expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.dismiss.feedback]);
    // The public page states the outcome in plain words, from the coded ground.
    expect(pub.outcome).toBe('不予受理：该事项不属于行政执法监督的范围');
    // …with the date it was reached (the dismiss event's), not only the date it was received.
    expect(pub.outcomeAt).toBe(events[2]!.at);
    // Closed is final: no role may act any more.
    expectProblem(await (await t.as('staff')).act(created.id, 'start_assessment'), 422);
  });

  it('TRANSFERRED_OUT: the target organ and reason are recorded', async () => {
    const created = await createCase(t, { reporter: REPORTER });
    await step(t, 'staff', created.id, 'start_assessment');
    const c = await step(t, 'staff', created.id, 'transfer_out');
    expect(c).toMatchObject({ state: 'CLOSED', outcome: 'TRANSFERRED_OUT', version: 3, allowedActions: [] });
    const events = await getEvents(t, 'staff', created.id);
    expect(events[2]).toMatchObject({ action: 'transfer_out', data: PAYLOADS.transfer_out });
    expectChained(events);
    const pub = await publicFeedback(created.trackingCode!);
    expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.transfer_out.feedback]);
  });

  it('CORRECTED_ON_SPOT: from assessing or investigating, no notice, not counted in the 落实率', async () => {
    const director = await t.as('director');
    const statsBefore = expectStatus<{ implementationRate: number | null; noticesIssued: number }>(
      await director.get('/api/stats'),
      200,
    );
    for (const state of ['ASSESSING', 'INVESTIGATING'] as const) {
      const created = await createCase(t, { reporter: REPORTER });
      await driveTo(t, created.id, state);
      const c = await step(t, 'staff', created.id, 'correct_on_spot');
      expect(c).toMatchObject({ state: 'CLOSED', outcome: 'CORRECTED_ON_SPOT', notice: null, dueAt: null });
      expect(c.allowedActions.filter(inLoop)).toEqual([]);
      const events = await getEvents(t, 'staff', created.id);
      expect(events.at(-1)).toMatchObject({
        action: 'correct_on_spot',
        fromState: state,
        toState: 'CLOSED',
        data: PAYLOADS.correct_on_spot,
      });
      expectChained(events);
      const pub = await publicFeedback(created.trackingCode!);
      expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.correct_on_spot.feedback]);
      expect(pub.outcome).toBe('执法单位已当场纠正');
      // No notice: the unit still does not see it, and the rate of notices is unchanged.
      expectProblem(await (await t.as('unit1.leader')).get(`/api/cases/${created.id}`), 404);
    }
    const statsAfter = expectStatus<{ implementationRate: number | null; noticesIssued: number }>(
      await director.get('/api/stats'),
      200,
    );
    expect(statsAfter.implementationRate).toBe(statsBefore.implementationRate);
    expect(statsAfter.noticesIssued).toBe(statsBefore.noticesIssued);
    expect(await t.prisma.case.count({ where: { outcome: 'CORRECTED_ON_SPOT' } })).toBe(2);
  });

  it('NO_VIOLATION: investigated, nothing wrong found', async () => {
    const created = await createCase(t, { reporter: REPORTER });
    await step(t, 'staff', created.id, 'start_assessment');
    await step(t, 'staff', created.id, 'open_investigation');
    const c = await step(t, 'staff', created.id, 'conclude_no_violation');
    expect(c).toMatchObject({
      state: 'CLOSED',
      outcome: 'NO_VIOLATION',
      version: 4,
      notice: null,
      dueAt: null,
    });
    expect((await getCase(t, 'director', created.id)).allowedActions.filter(inLoop)).toEqual([]);
    // No notice was ever issued, so the unit still cannot see the case.
    expectProblem(await (await t.as('unit1.leader')).get(`/api/cases/${created.id}`), 404);
    const pub = await publicFeedback(created.trackingCode!);
    expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.conclude_no_violation.feedback]);
    expectChained(await getEvents(t, 'staff', created.id));
  });

  it('return_draft sends a draft back to investigation; the redraft is signed', async () => {
    const c0 = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    let c = await step(t, 'director', c0.id, 'return_draft');
    expect(c).toMatchObject({ state: 'INVESTIGATING', version: c0.version + 1, notice: null });
    expect(await t.prisma.notice.count({ where: { caseId: c0.id } })).toBe(0);
    c = await step(t, 'staff', c0.id, 'draft_notice', { ...PAYLOADS.draft_notice, deadlineWorkingDays: 20 });
    c = await step(t, 'director', c0.id, 'approve_notice');
    expect(c.notice?.deadlineWorkingDays).toBe(20);
    // 20 working days after Monday 2 March 2026: Monday 30 March.
    expect(c.dueAt).toBe('2026-03-30T15:59:59.000Z');
    const events = await getEvents(t, 'director', c0.id);
    expect(events.find((e) => e.action === 'return_draft')?.data).toEqual(PAYLOADS.return_draft);
    expectChained(events);
  });

  it('NOTICE_WITHDRAWN: the unit objects, the center re-checks and the director upholds', async () => {
    const c0 = await caseIn(t, 'AWAITING_REPLY', { reporter: REPORTER });
    let c = await step(t, 'unit1.leader', c0.id, 'object');
    expect(c).toMatchObject({ state: 'RECHECKING', version: c0.version + 1, dueAt: null });
    // Objecting implies receipt (签收).
    expect(c.acknowledgedAt).toBe(t.fixedNow.toISOString());
    expect((await getCase(t, 'staff', c0.id)).allowedActions.filter(inLoop)).toEqual(['add_evidence']);
    // Objections are decided by the director (product.md v2).
    expect((await getCase(t, 'director', c0.id)).allowedActions.filter(inLoop)).toEqual([
      'uphold_objection',
      'dismiss_objection',
    ]);
    c = await step(t, 'staff', c0.id, 'add_evidence', { note: '复核：调取处罚决定书' });
    expect(c).toMatchObject({ state: 'RECHECKING', version: c0.version + 2 });
    c = await step(t, 'director', c0.id, 'uphold_objection');
    expect(c).toMatchObject({
      state: 'CLOSED',
      outcome: 'NOTICE_WITHDRAWN',
      version: c0.version + 3,
    });
    // Only the side actions a closed case keeps (通报, 处理建议, 问题线索) remain.
    expect(c.allowedActions.filter(inLoop)).toEqual([]);
    // The notice stays on record (it was issued) even though it was withdrawn.
    expect(c.notice?.number).toBe(c0.notice?.number);
    const events = await getEvents(t, 'unit1.leader', c0.id);
    expect(events.map((e) => e.action)).toEqual([
      'approve_notice',
      'object',
      'add_evidence',
      'uphold_objection',
    ]);
    expect(events[1]).toMatchObject({ data: { grounds: PAYLOADS.object.grounds, attachments: [] } });
    expectChained(await getEvents(t, 'staff', c0.id));
  });

  it('feedback on a withdrawn notice reaches the reporter by tracking code', async () => {
    const created = await createCase(t, { reporter: REPORTER });
    await driveTo(t, created.id, 'RECHECKING');
    await step(t, 'director', created.id, 'uphold_objection');
    const pub = await publicFeedback(created.trackingCode!);
    expect(pub).toMatchObject({ statusCode: 'CLOSED' });
    expect(pub.feedback.map((f) => f.text)).toEqual([PAYLOADS.uphold_objection.feedback]);
  });
});
