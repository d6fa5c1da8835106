import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, getCase, getEvents, PAYLOADS, rowCounts, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The v2 actions over HTTP (issue 9, part 2): what each writes beyond its event, what it
// refuses, and who sees what afterwards. Role × state coverage is role-matrix.test.ts's.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('amend_case', () => {
  it('changes the case’s columns in the same transaction; the history keeps before and after', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const staff = await t.as('staff');
    const res = await staff.act(c.id, 'amend_case', {
      unitId: t.unitIds.unit2,
      title: '更正后的标题',
      occurredAt: '2026-02-27T09:30:00+08:00',
      source: 'MEDIA',
      reason: '登记时单位选错，据媒体报道更正来源。',
    });
    const after = expectStatus<CaseBody>(res, 200);
    expect(after).toMatchObject({
      state: 'INVESTIGATING',
      version: c.version + 1,
      unitId: t.unitIds.unit2,
      title: '更正后的标题',
      source: 'MEDIA',
      occurredAt: '2026-02-27T01:30:00.000Z',
      description: c.description,
    });
    expect(after.unitName).not.toBe(c.unitName);
    const row = await t.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { search: true } });
    expect(row).toMatchObject({ unitId: t.unitIds.unit2, title: '更正后的标题', source: 'MEDIA' });
    // The list's search finds the case by its new title.
    expect(row.search?.text).toContain('更正后的标题');
    const found = expectStatus<{ items: { id: string }[] }>(
      await staff.get(`/api/cases?q=${encodeURIComponent('更正后的标题')}`),
      200,
    );
    expect(found.items.map((i) => i.id)).toContain(c.id);
    const last = (await getEvents(t, 'staff', c.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'amend_case',
      fromState: 'INVESTIGATING',
      toState: 'INVESTIGATING',
    });
    expect(last.data.changes).toEqual({
      unitId: { before: t.unitIds.unit1, after: t.unitIds.unit2 },
      title: { before: c.title, after: '更正后的标题' },
      occurredAt: { before: null, after: '2026-02-27T01:30:00.000Z' },
      source: { before: 'HOTLINE', after: 'MEDIA' },
    });
  });

  it('refuses a future occurredAt, an unknown unit and a change of nothing; nothing written', async () => {
    const c = await caseIn(t, 'ASSESSING');
    const staff = await t.as('staff');
    const before = await rowCounts(t);
    const future = expectProblem(
      await staff.act(c.id, 'amend_case', { occurredAt: '2026-03-03T10:00:00+08:00', reason: '更正' }),
      400,
    );
    expect(future).toMatchObject({ code: 'VALIDATION' });
    const unknown = expectProblem(
      await staff.act(c.id, 'amend_case', { unitId: '00000000-0000-4000-8000-000000000000', reason: '更正' }),
      400,
    );
    expect(unknown).toMatchObject({ code: 'VALIDATION', reason: 'UNKNOWN_UNIT' });
    const nothing = expectProblem(
      await staff.act(c.id, 'amend_case', { title: c.title, reason: '更正' }),
      422,
    );
    expect(nothing).toMatchObject({ code: 'RULE_VIOLATION', reason: 'NOTHING_TO_AMEND' });
    expect(await rowCounts(t)).toEqual(before);
    expect(await t.version(c.id)).toBe(c.version);
    expect((await getCase(t, 'staff', c.id)).title).toBe(c.title);
  });

  it('is not offered once a notice is drafted', async () => {
    const c = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    expect((await getCase(t, 'staff', c.id)).allowedActions).not.toContain('amend_case');
    expectProblem(await (await t.as('staff')).act(c.id, 'amend_case', PAYLOADS.amend_case), 422);
    await step(t, 'director', c.id, 'return_draft');
    expect((await getCase(t, 'staff', c.id)).allowedActions).toContain('amend_case');
  });
});

describe('assign (承办人)', () => {
  const idOf = async (username: string) =>
    (await t.prisma.user.findUniqueOrThrow({ where: { username } })).id;

  it('the director assigns anyone of the center; the case and the list show the assignee', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    const [staffId, directorId] = [await idOf('staff'), await idOf('director')];
    const after = expectStatus<CaseBody>(
      await (await t.as('director')).act(c.id, 'assign', { assigneeId: directorId }),
      200,
    );
    expect(after).toMatchObject({
      state: 'AWAITING_REPLY',
      assigneeId: directorId,
      assigneeName: expect.any(String),
    });
    const again = await step(t, 'director', c.id, 'assign', { assigneeId: staffId });
    expect(again.assigneeId).toBe(staffId);
    const last = (await getEvents(t, 'staff', c.id)).at(-1)!;
    expect(last.data).toEqual({ assigneeId: staffId, previousAssigneeId: directorId });
    // The unit reads who is in charge in its view too.
    expect((await getCase(t, 'unit1.leader', c.id)).assigneeName).toBe(again.assigneeName);
    const list = expectStatus<{ items: CaseBody[]; total: number }>(
      await (await t.as('staff')).get(`/api/cases?assigneeId=${staffId}&pageSize=100`),
      200,
    );
    expect(list.items.map((i) => i.id)).toContain(c.id);
    expect(list.items.every((i) => i.assigneeId === staffId)).toBe(true);
    expect(list.total).toBe(await t.prisma.case.count({ where: { assigneeId: staffId } }));
    expect(list.items.find((i) => i.id === c.id)?.assigneeName).toBe(again.assigneeName);
  });

  it('staff assign only themselves (403); a unit user or unknown id is no assignee (400); nothing written', async () => {
    const c = await caseIn(t, 'RECEIVED');
    const staff = await t.as('staff');
    const before = await t.prisma.caseEvent.count();
    const other = expectProblem(await staff.act(c.id, 'assign', { assigneeId: await idOf('director') }), 403);
    expect(other).toMatchObject({ code: 'FORBIDDEN', reason: 'ASSIGN_SELF_ONLY' });
    for (const assigneeId of [await idOf('unit1.leader'), '00000000-0000-4000-8000-000000000000']) {
      const bad = expectProblem(await (await t.as('director')).act(c.id, 'assign', { assigneeId }), 400);
      expect(bad).toMatchObject({ code: 'VALIDATION', reason: 'UNKNOWN_ASSIGNEE' });
    }
    expect(await t.prisma.caseEvent.count()).toBe(before);
    expect((await t.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).assigneeId).toBeNull();
    expect((await step(t, 'staff', c.id, 'assign', { assigneeId: await idOf('staff') })).assigneeId).toBe(
      await idOf('staff'),
    );
  });

  it('GET /api/assignees: the director the center’s people, staff themselves, others 403', async () => {
    const director = expectStatus<{ id: string; name: string }[]>(
      await (await t.as('director')).get('/api/assignees'),
      200,
    );
    expect(director.map((u) => u.id).sort()).toEqual([await idOf('director'), await idOf('staff')].sort());
    const staff = expectStatus<{ id: string }[]>(await (await t.as('staff')).get('/api/assignees'), 200);
    expect(staff.map((u) => u.id)).toEqual([await idOf('staff')]);
    for (const user of ['unit1.leader', 'supervisor', 'discipline', 'admin'] as const)
      expectProblem(await (await t.as(user)).get('/api/assignees'), 403);
  });
});

describe('request_explanation / submit_explanation', () => {
  it('the unit sees the case, its inbox lists it, and it answers with files; nothing before the request', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const leader = await t.as('unit1.leader');
    expectProblem(await leader.get(`/api/cases/${c.id}`), 404);
    const inbox = async () =>
      expectStatus<{ items: { id: string }[] }>(await leader.get('/api/cases?pageSize=100'), 200).items.map(
        (i) => i.id,
      );
    expect(await inbox()).not.toContain(c.id);
    await step(t, 'staff', c.id, 'request_explanation');
    const seen = await getCase(t, 'unit1.leader', c.id);
    expect(seen).toMatchObject({ state: 'INVESTIGATING', allowedActions: ['submit_explanation'] });
    expect(seen.canUploadAttachments).toBe(true);
    expect(await inbox()).toContain(c.id);
    expect((await t.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).unitInvolved).toBe(true);
    // Its history starts at the request: the investigation before it stays internal.
    const history = await getEvents(t, 'unit1.leader', c.id);
    expect(history.map((e) => e.action)).toEqual(['request_explanation']);
    expect(history[0]!.data).toMatchObject({
      questions: PAYLOADS.request_explanation.questions,
      dueAt: expect.any(String),
    });
    // Unit 2 still sees nothing.
    expectProblem(await (await t.as('unit2.leader')).get(`/api/cases/${c.id}`), 404);

    const upload = await t.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/attachments`,
      headers: { cookie: leader.cookie, 'content-type': 'multipart/form-data; boundary=X' },
      payload:
        '--X\r\nContent-Disposition: form-data; name="file"; filename="笔录.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--X--\r\n',
    });
    const file = expectStatus<{ id: string }>(upload, 201);
    const answered = await step(t, 'unit1.leader', c.id, 'submit_explanation', {
      ...PAYLOADS.submit_explanation,
      attachmentIds: [file.id],
    });
    expect(answered.allowedActions).toEqual([]);
    const last = (await getEvents(t, 'staff', c.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'submit_explanation', actor: { role: 'UNIT_LEADER' } });
    expect(last.data.attachments).toEqual([expect.objectContaining({ id: file.id, fileName: '笔录.pdf' })]);
    // Answered: no second answer, but the center may ask again.
    expectProblem(await leader.act(c.id, 'submit_explanation', PAYLOADS.submit_explanation), 422);
    expect((await getCase(t, 'staff', c.id)).allowedActions).toContain('request_explanation');
  });
});
