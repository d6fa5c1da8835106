import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseBody,
  expectChained,
  getCase,
  getEvents,
  inLoop,
  NOTICE_NUMBER,
  PAYLOADS,
  step,
} from './flows.ts';
import { createTestApp, expectProblem, expectStatus, FIXED_NOW, json, type TestApp } from './helper.ts';

// The whole loop as a citizen, the center and the unit live it, over HTTP: a public complaint
// becomes a notice, the unit rectifies, and the citizen reads the feedback by tracking code.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const TITLE = '市场监管局检查时态度粗暴';
const CONTACT = { name: '欧阳明远', phone: '137 1234 9876' };

async function track(code: string) {
  const res = await t.inject({ method: 'GET', url: `/api/public/reports/${code}` });
  return {
    body: expectStatus<{
      status: string;
      statusCode: string;
      receivedAt: string;
      feedback: { at: string; text: string }[];
    }>(res, 200),
    raw: res.body,
  };
}

describe('public complaint → notice → rectified', () => {
  let code: string;
  let id: string;
  let c: CaseBody;

  it('files a public report and tracks it', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: {
        title: TITLE,
        description: '执法人员当众呵斥，且未出示证件。',
        unitName: '市市场监督管理局',
        contact: CONTACT,
      },
    });
    code = expectStatus<{ trackingCode: string }>(res, 201).trackingCode;
    expect(Object.keys(json(res))).toEqual(['trackingCode']);
    expect(code.replaceAll('-', '').length).toBeGreaterThanOrEqual(10);
    const { body } = await track(code);
    expect(body).toEqual({
      status: '受理中',
      statusCode: 'RECEIVED',
      receivedAt: FIXED_NOW.toISOString(),
      feedback: [],
    });
    // The code is read case- and dash-insensitively.
    expect((await track(code.toLowerCase().replaceAll('-', ''))).body.statusCode).toBe('RECEIVED');
    expectProblem(await t.inject({ method: 'GET', url: '/api/public/reports/ABCD-EFGH-JKMN-PQRS' }), 404);
  });

  it('staff find it, newest first, and see who reported it', async () => {
    const staff = await t.as('staff');
    const list = expectStatus<{ items: CaseBody[]; total: number; page: number; pageSize: number }>(
      await staff.get(`/api/cases?source=PUBLIC_COMPLAINT&q=${encodeURIComponent(TITLE)}`),
      200,
    );
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    id = list.items[0]!.id;
    c = await getCase(t, 'staff', id);
    expect(c).toMatchObject({ state: 'RECEIVED', outcome: null, version: 1, dueAt: null, notice: null });
    expect(c.number).toMatch(/^执监案〔2026〕\d+号$/);
    expect(c.allowedActions.filter(inLoop)).toEqual(['start_assessment', 'amend_case', 'merge']);
    expect(c.reporter).toEqual({ name: CONTACT.name, phone: CONTACT.phone, anonymous: false });
    // The director may merge a duplicate (合并办理), nothing else of the intake.
    expect((await getCase(t, 'director', id)).allowedActions.filter(inLoop)).toEqual(['merge']);
    // Before the notice the unit does not know the case exists.
    expectProblem(await (await t.as('unit1.handler')).get(`/api/cases/${id}`), 404);
  });

  it('staff assess, investigate and draft; the director signs', async () => {
    c = await step(t, 'staff', id, 'start_assessment');
    expect(c).toMatchObject({ state: 'ASSESSING', version: 2 });
    expect(c.allowedActions.filter(inLoop)).toEqual([
      'amend_case',
      'dismiss',
      'merge',
      'transfer_out',
      'open_investigation',
      'correct_on_spot',
    ]);
    c = await step(t, 'staff', id, 'open_investigation');
    expect(c).toMatchObject({ state: 'INVESTIGATING', version: 3 });
    expect(c.allowedActions.filter(inLoop)).toEqual([
      'amend_case',
      'add_evidence',
      'request_explanation',
      'correct_on_spot',
      'conclude_no_violation',
      'draft_notice',
    ]);
    expect((await track(code)).body.status).toBe('调查中');
    c = await step(t, 'staff', id, 'add_evidence');
    expect(c).toMatchObject({ state: 'INVESTIGATING', version: 4 });
    c = await step(t, 'staff', id, 'draft_notice');
    expect(c).toMatchObject({ state: 'NOTICE_PENDING_APPROVAL', version: 5, notice: null, dueAt: null });
    expect(c.draftNotice).toMatchObject({
      findings: PAYLOADS.draft_notice.findings,
      deadlineWorkingDays: 15,
    });
    expect(c.allowedActions.filter(inLoop)).toEqual([]);
    expect((await getCase(t, 'director', id)).allowedActions.filter(inLoop)).toEqual([
      'return_draft',
      'approve_notice',
    ]);

    // 通知书 have their own series; the demo's 督办函, 意见书 and 决定书 count in theirs.
    const issuedBefore = await t.prisma.notice.count({ where: { instrument: 'NOTICE', year: 2026 } });
    c = await step(t, 'director', id, 'approve_notice');
    expect(c).toMatchObject({ state: 'AWAITING_REPLY', outcome: null, version: 6 });
    // 15 working days after Monday 2 March 2026: Monday 23 March, 23:59:59 in Shanghai.
    expect(c.dueAt).toBe('2026-03-23T15:59:59.000Z');
    expect(c.notice).toEqual({
      number: `执监通〔2026〕${issuedBefore + 1}号`,
      issuedAt: FIXED_NOW.toISOString(),
      instrument: 'NOTICE',
      findings: PAYLOADS.draft_notice.findings,
      legalBasis: PAYLOADS.draft_notice.legalBasis,
      requiredRectification: PAYLOADS.draft_notice.requiredRectification,
      deadlineWorkingDays: 15,
      deadlineCalendarDays: null,
      deadline: { basis: 'WORKING_DAYS', days: 15, dueAt: '2026-03-23T15:59:59.000Z' },
      standing: 'IN_FORCE',
    });
    expect(c.notice!.number).toMatch(NOTICE_NUMBER);
    const row = await t.prisma.notice.findFirstOrThrow({ where: { caseId: id } });
    expect(row).toMatchObject({ number: c.notice!.number, year: 2026, seq: issuedBefore + 1 });
    expect((await track(code)).body.status).toBe('整改中');
  });

  it('the unit sees the notice, acknowledges once, drafts and submits its reply', async () => {
    const handlerView = await getCase(t, 'unit1.handler', id);
    expect(handlerView.notice?.number).toBe(c.notice!.number);
    expect(handlerView.allowedActions.filter(inLoop)).toEqual(['acknowledge']);
    expect(handlerView).not.toHaveProperty('reporter');
    expect(handlerView).not.toHaveProperty('draftNotice');
    expect((await getCase(t, 'unit1.leader', id)).allowedActions.filter(inLoop)).toEqual([
      'acknowledge',
      'submit_rectification',
      'object',
      'request_extension',
    ]);
    expectProblem(await (await t.as('unit2.handler')).get(`/api/cases/${id}`), 404);

    c = await step(t, 'unit1.handler', id, 'acknowledge');
    expect(c).toMatchObject({ state: 'AWAITING_REPLY', version: 7, acknowledgedAt: FIXED_NOW.toISOString() });
    expectProblem(await (await t.as('unit1.handler')).act(id, 'acknowledge'), 422);
    expectProblem(await (await t.as('unit1.leader')).act(id, 'acknowledge'), 422);
    expect(await t.version(id)).toBe(7);

    const handler = await t.as('unit1.handler');
    expect((await handler.get(`/api/cases/${id}/reply-draft`)).statusCode).toBe(204);
    const draft = { kind: 'RECTIFICATION', text: '已组织全员培训（草稿）' };
    expect(expectStatus(await handler.put(`/api/cases/${id}/reply-draft`, draft), 200)).toMatchObject(draft);
    const read = expectStatus(await (await t.as('unit1.leader')).get(`/api/cases/${id}/reply-draft`), 200);
    expect(read).toMatchObject({ ...draft, updatedAt: FIXED_NOW.toISOString() });
    expect(await t.version(id)).toBe(7); // a draft is not an action

    c = await step(t, 'unit1.leader', id, 'submit_rectification');
    expect(c).toMatchObject({ state: 'REPLY_UNDER_REVIEW', version: 8, dueAt: null });
    expect(c.allowedActions.filter(inLoop)).toEqual([]);
    expect((await getCase(t, 'staff', id)).allowedActions.filter(inLoop)).toEqual([
      'accept_rectification',
      'reject_rectification',
    ]);
  });

  it('staff accept; the case closes as RECTIFIED with an unbroken history', async () => {
    t.advance(60_000);
    c = await step(t, 'staff', id, 'accept_rectification');
    expect(c).toMatchObject({
      state: 'CLOSED',
      outcome: 'RECTIFIED',
      version: 9,
      dueAt: null,
      allowedActions: [],
    });
    for (const who of ['director', 'unit1.leader', 'unit1.handler'] as const)
      expect((await getCase(t, who, id)).allowedActions.filter(inLoop)).toEqual([]);

    const events = await getEvents(t, 'staff', id);
    expect(events.map((e) => e.action)).toEqual([
      'register',
      'start_assessment',
      'open_investigation',
      'add_evidence',
      'draft_notice',
      'approve_notice',
      'acknowledge',
      'submit_rectification',
      'accept_rectification',
    ]);
    expectChained(events);
    expect(events[0]).toMatchObject({ fromState: null, toState: 'RECEIVED', actor: { system: true } });
    expect(events[5]).toMatchObject({
      fromState: 'NOTICE_PENDING_APPROVAL',
      toState: 'AWAITING_REPLY',
      actor: { role: 'CENTER_DIRECTOR' },
      data: { noticeNumber: c.notice!.number, dueAt: '2026-03-23T15:59:59.000Z' },
    });
    expect(events[8]).toMatchObject({
      toState: 'CLOSED',
      data: { feedback: PAYLOADS.accept_rectification.feedback },
    });
    // The unit reads the history from the notice on, with the same hashes.
    const unitEvents = await getEvents(t, 'unit1.leader', id);
    expect(unitEvents.map((e) => e.seq)).toEqual([6, 7, 8, 9]);
    expect(unitEvents.map((e) => e.hash)).toEqual(events.slice(5).map((e) => e.hash));
  });

  it('the citizen sees 已办结 and the feedback, nothing internal', async () => {
    const { body, raw } = await track(code);
    expect(body).toEqual({
      status: '已办结',
      statusCode: 'CLOSED',
      receivedAt: FIXED_NOW.toISOString(),
      feedback: [
        {
          at: new Date(FIXED_NOW.getTime() + 60_000).toISOString(),
          text: PAYLOADS.accept_rectification.feedback,
        },
      ],
      outcome: '执法单位已整改',
      // The day the outcome was reached: the acceptance that closed the case.
      outcomeAt: new Date(FIXED_NOW.getTime() + 60_000).toISOString(),
    });
    for (const secret of [
      id,
      c.number,
      c.notice!.number,
      TITLE,
      CONTACT.name,
      CONTACT.phone,
      'RECTIFIED',
      'unit',
    ])
      expect(raw).not.toContain(secret);
  });
});
