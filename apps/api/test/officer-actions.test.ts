import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OFFICERS } from '../src/seeds/demo-data.ts';
import { type CaseBody, caseIn, getEvents, PAYLOADS, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The last v2 actions over HTTP (issue 9, issue 12's last item): 处理建议 on officers and the
// organ's answer moving the registry, 问题线索 to the 监察机关, 通报 and the public 曝光台. Each
// refusal answers with its code and reason and writes nothing. Role × state: role-matrix.test.ts.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const officerId = async (i: number) =>
  (await t.prisma.officer.findUniqueOrThrow({ where: { certificateNo: DEMO_OFFICERS[i]!.certificateNo } }))
    .id;
const statusOf = async (id: string) =>
  (await t.prisma.officer.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const unchanged = async (c: CaseBody) => {
  expect(await t.version(c.id)).toBe(c.version);
  expect(await t.prisma.caseEvent.count({ where: { caseId: c.id } })).toBe(c.version);
};

describe('propose_officer_action → record_officer_action_answer', () => {
  it('an accepted 取消执法资格 revokes the certificate in the same step; the registry shows why', async () => {
    const officer = await officerId(1);
    const c = await caseIn(t, 'REPLY_UNDER_REVIEW');
    const director = await t.as('director');
    const proposed = expectStatus<CaseBody>(
      await director.act(c.id, 'propose_officer_action', {
        officers: [officer],
        measure: 'REVOKE_QUALIFICATION',
        targetOrgan: '四平市市场监督管理局',
      }),
      200,
    );
    expect(proposed.allowedActions).toContain('record_officer_action_answer');
    expect(await t.prisma.officerAction.findMany({ where: { caseId: c.id } })).toEqual([
      expect.objectContaining({
        no: 1,
        officerIds: [officer],
        measure: 'REVOKE_QUALIFICATION',
        accepted: null,
      }),
    ]);
    expect((await getEvents(t, 'staff', c.id)).at(-1)!.data).toMatchObject({
      officers: [{ id: officer, name: DEMO_OFFICERS[1]!.name }],
      measure: 'REVOKE_QUALIFICATION',
    });
    expect(await statusOf(officer)).toBe('VALID');

    const staff = await t.as('staff');
    const answered = expectStatus<CaseBody>(
      await staff.act(c.id, 'record_officer_action_answer', {
        result: 'ACCEPTED',
        answeredOn: '2026-03-10',
        text: '同意取消其行政执法资格。',
      }),
      200,
    );
    expect(answered.allowedActions).not.toContain('record_officer_action_answer');
    expect(await statusOf(officer)).toBe('REVOKED');
    const row = await t.prisma.officerAction.findFirstOrThrow({ where: { caseId: c.id } });
    expect(row).toMatchObject({ accepted: true, answerText: '同意取消其行政执法资格。' });
    expect(row.answeredOn?.toISOString().slice(0, 10)).toBe('2026-03-10');

    const admin = await t.as('admin');
    const history = expectStatus<{ toStatus: string; reason: string }[]>(
      await admin.get(`/api/admin/registry/officers/${officer}/history`),
      200,
    );
    expect(history.at(-1)).toMatchObject({ toStatus: 'REVOKED' });
    expect(history.at(-1)!.reason).toContain('取消执法资格');
    expect(history.at(-1)!.reason).toContain(c.number);
    const pub = expectStatus<{ status: string }[]>(
      await t.inject({
        method: 'GET',
        url: `/api/public/officers?certificateNo=${DEMO_OFFICERS[1]!.certificateNo}`,
      }),
      200,
    );
    expect(pub[0]!.status).toBe('REVOKED');
    // Nothing open any more: a second answer is refused.
    const again = expectProblem(
      await staff.act(c.id, 'record_officer_action_answer', PAYLOADS.record_officer_action_answer),
      422,
    );
    expect([again.code, again.reason]).toEqual(['RULE_VIOLATION', 'NO_OPEN_OFFICER_ACTION']);
  });

  it('离岗教育 accepted suspends; not accepted changes nothing; after closing too', async () => {
    const officer = await officerId(2);
    const c = await caseIn(t, 'CLOSED', { unit: 'unit2' });
    const director = await t.as('director');
    const propose = (measure: string) =>
      director.act(c.id, 'propose_officer_action', {
        officers: [officer],
        measure,
        targetOrgan: '市城管执法局',
      });
    expectStatus(await propose('REASSIGNMENT'), 200);
    expectStatus(
      await director.act(c.id, 'record_officer_action_answer', {
        result: 'NOT_ACCEPTED',
        answeredOn: '2026-03-05',
        text: '经研究，予以批评教育，不调离岗位。',
      }),
      200,
    );
    expect(await statusOf(officer)).toBe('VALID');
    expectStatus(await propose('OFF_DUTY_TRAINING'), 200);
    const after = expectStatus<CaseBody>(
      await director.act(c.id, 'record_officer_action_answer', {
        result: 'ACCEPTED',
        answeredOn: '2026-03-06',
        text: '离岗培训三个月。',
      }),
      200,
    );
    expect(after).toMatchObject({ state: 'CLOSED' });
    expect(await statusOf(officer)).toBe('SUSPENDED');
  });

  it('refuses a second open proposal on the same officer, an unknown officer (422) and a malformed id (400); nothing written', async () => {
    const officer = await officerId(0);
    const c0 = await caseIn(t, 'INVESTIGATING');
    const director = await t.as('director');
    const before = await t.prisma.officerAction.count();
    expectStatus(await director.act(c0.id, 'propose_officer_action', PAYLOADS.propose_officer_action), 200);
    const c = await (async () => t.prisma.case.findUniqueOrThrow({ where: { id: c0.id } }))();
    const body = { officers: [officer], measure: 'CRITICISM', targetOrgan: '四平市市场监督管理局' };
    const twice = expectProblem(await director.act(c.id, 'propose_officer_action', body), 422);
    expect([twice.code, twice.reason]).toEqual(['RULE_VIOLATION', 'OFFICER_ACTION_ALREADY_PROPOSED']);
    const unknown = expectProblem(
      await director.act(c.id, 'propose_officer_action', {
        ...body,
        officers: ['6f1c2d3e-4b5a-4c6d-8e7f-00000000beef'],
      }),
      422,
    );
    expect([unknown.code, unknown.reason]).toEqual(['RULE_VIOLATION', 'UNKNOWN_OFFICER']);
    expect(unknown.errors?.map((e) => e.path)).toEqual(['officers.0']);
    const malformed = expectProblem(
      await director.act(c.id, 'propose_officer_action', { ...body, officers: ['x'] }),
      400,
    );
    expect(malformed.code).toBe('VALIDATION');
    expect(await t.prisma.officerAction.count()).toBe(before + 1);
    await unchanged({ ...(c as unknown as CaseBody), version: c.version });
  });

  it('nothing proposed: the answer is NO_OPEN_OFFICER_ACTION (422) and is not offered', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    const staff = await t.as('staff');
    expect(c.allowedActions).not.toContain('record_officer_action_answer');
    const p = expectProblem(
      await staff.act(c.id, 'record_officer_action_answer', PAYLOADS.record_officer_action_answer),
      422,
    );
    expect([p.code, p.reason]).toEqual(['RULE_VIOLATION', 'NO_OPEN_OFFICER_ACTION']);
    await unchanged(c);
  });
});

describe('refer_lead (问题线索)', () => {
  it('discipline reads the case, its history and its inbox from the lead on; an unknown officer is refused', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const discipline = await t.as('discipline');
    expectProblem(await discipline.get(`/api/cases/${c.id}`), 404);
    const director = await t.as('director');
    const unknown = expectProblem(
      await director.act(c.id, 'refer_lead', {
        ...PAYLOADS.refer_lead,
        officers: ['6f1c2d3e-4b5a-4c6d-8e7f-00000000beef'],
      }),
      422,
    );
    expect(unknown.reason).toBe('UNKNOWN_OFFICER');
    await unchanged(c);
    expectStatus(
      await director.act(c.id, 'refer_lead', {
        officerNames: '王某（协管员）',
        targetOrgan: '四平市监察委员会',
        text: '协管员王某涉嫌收受商户财物。',
      }),
      200,
    );
    expectStatus(await discipline.get(`/api/cases/${c.id}`), 200);
    const events = await getEvents(t, 'discipline', c.id);
    expect(events.at(-1)).toMatchObject({
      action: 'refer_lead',
      data: { officerNames: '王某（协管员）', targetOrgan: '四平市监察委员会', officers: [] },
    });
    const list = expectStatus<{ items: { id: string }[] }>(
      await discipline.get('/api/cases?pageSize=100'),
      200,
    );
    expect(list.items.map((i) => i.id)).toContain(c.id);
    const inbox = expectStatus<{ items: { caseId: string; action: string }[] }>(
      await discipline.get('/api/notifications?pageSize=100'),
      200,
    );
    expect(inbox.items).toContainEqual(expect.objectContaining({ caseId: c.id, action: 'refer_lead' }));
  });
});

describe('issue_circular and the 曝光台 (GET /api/public/exposures)', () => {
  it('a PUBLIC 通报 is listed without login (unit, text, number; nothing of the reporter); INTERNAL ones are not', async () => {
    const reporter = { name: '钱多多', phone: '13912345678' };
    const c = await caseIn(t, 'CLOSED', { reporter });
    const director = await t.as('director');
    const refused = expectProblem(
      await director.act(c.id, 'issue_circular', { scope: 'PUBLIC', text: `经${reporter.name}举报查实……` }),
      422,
    );
    expect([refused.code, refused.reason]).toEqual(['RULE_VIOLATION', 'REPORTER_IN_PUBLIC_CIRCULAR']);
    await unchanged(c);
    expectStatus(
      await director.act(c.id, 'issue_circular', { scope: 'INTERNAL', text: '内部通报：……' }),
      200,
    );
    const text = `${c.unitName}执法人员马立新检查时未出示执法证件，现予公开通报。`;
    expectStatus(await director.act(c.id, 'issue_circular', { scope: 'PUBLIC', text }), 200);

    const res = await t.inject({ method: 'GET', url: '/api/public/exposures?pageSize=1' });
    const page = expectStatus<{ items: Record<string, unknown>[]; total: number; pageSize: number }>(
      res,
      200,
    );
    expect(page.pageSize).toBe(1);
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        issuedAt: expect.any(String),
        unitName: c.unitName,
        caseNumber: c.number,
        text,
      },
    ]);
    expect(res.body).not.toContain(reporter.name);
    expect(res.body).not.toContain(reporter.phone);
    const all = expectStatus<{ items: { text: string }[] }>(
      await t.inject({ method: 'GET', url: '/api/public/exposures?pageSize=100' }),
      200,
    );
    expect(all.items.map((i) => i.text)).not.toContain('内部通报：……');
    expectProblem(await t.inject({ method: 'GET', url: '/api/public/exposures?pageSize=101' }), 400);
  });

  it('is the director’s alone and only once the case is referred or closed', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    const p = expectProblem(
      await (await t.as('director')).act(c.id, 'issue_circular', PAYLOADS.issue_circular),
      422,
    );
    expect(p.code).toBe('WRONG_STATE');
    const closed = await caseIn(t, 'CLOSED');
    expectProblem(await (await t.as('staff')).act(closed.id, 'issue_circular', PAYLOADS.issue_circular), 403);
    expect((await step(t, 'director', closed.id, 'issue_circular')).state).toBe('CLOSED');
  });
});
