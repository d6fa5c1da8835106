import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, getCase, getEvents, step, undeterminedCase } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';

// 单位待确定 (issue 10): the public form's 列表中没有，手动填写 is accepted; the case waits without a
// unit (the typed name kept) until the center determines it with set_unit (确定被投诉单位).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Page = { items: CaseBody[]; total: number };
const list = async (who: DemoUser, query: string) =>
  expectStatus<Page>(await (await t.as(who)).get(`/api/cases?${query}`), 200);

describe('POST /api/public/reports with a unit name', () => {
  it('a name that is no active unit → 201, a case with unitId null and the name as typed (trimmed)', async () => {
    const c = await undeterminedCase(t, '  城东综合执法队  ');
    expect(c.trackingCode?.length).toBeGreaterThanOrEqual(10);
    expect(c).toMatchObject({
      unitId: null,
      unitName: null,
      reportedUnitName: '城东综合执法队',
      state: 'RECEIVED',
    });
    const [registered] = await getEvents(t, 'staff', c.id);
    expect(registered?.data).toMatchObject({
      unitId: null,
      reportedUnitName: '城东综合执法队',
      channel: 'PUBLIC_WEB',
    });
    const tracked = await t.inject({ method: 'GET', url: `/api/public/reports/${c.trackingCode}` });
    expect(tracked.statusCode).toBe(200);
  });

  it('the exact (trimmed) name of an active unit sets the unit; an inactive unit’s name does not', async () => {
    const units = expectStatus<{ id: string; name: string }[]>(
      await t.inject({ method: 'GET', url: '/api/public/units' }),
      200,
    );
    const unit1 = units.find((u) => u.id === t.unitIds.unit1)!;
    const title = '窗口人员推诿（按名称）';
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { title, description: '多次前往均被推诿。', unitName: ` ${unit1.name} ` },
    });
    expect(res.statusCode).toBe(201);
    const [named] = (await list('staff', `q=${encodeURIComponent(title)}`)).items;
    expect(named).toMatchObject({ unitId: unit1.id, unitName: unit1.name, reportedUnitName: null });

    const admin = await t.as('admin');
    const closed = expectStatus<{ id: string; name: string }>(
      await admin.post('/api/admin/units', { name: '已撤并的城西执法中队', active: false }),
      201,
    );
    const c = await undeterminedCase(t, closed.name);
    expect(c).toMatchObject({ unitId: null, reportedUnitName: '已撤并的城西执法中队' });
  });

  it('an unknown unitId is still refused (422), and staff registration still requires unitId (400)', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { title: '标题', description: '描述', unitId: '00000000-0000-4000-8000-000000000000' },
    });
    expectProblem(res, 422);
    const staff = await t.as('staff');
    const noUnit = await staff.post('/api/cases', { source: 'HOTLINE', title: '标题', description: '描述' });
    expect(expectProblem(noUnit, 400).code).toBe('VALIDATION');
  });
});

describe('who sees a case whose unit is undetermined', () => {
  it('staff and director read and list it; units, discipline and supervisors get 404 and never list it', async () => {
    const c = await undeterminedCase(t);
    for (const who of ['staff', 'director'] as const) {
      expect((await getCase(t, who, c.id)).reportedUnitName).toBe('城东综合执法队');
      expect((await list(who, 'unitUndetermined=true')).items.map((i) => i.id)).toContain(c.id);
    }
    for (const who of [
      'unit1.handler',
      'unit1.leader',
      'unit2.leader',
      'discipline',
      'supervisor',
    ] as const) {
      const client = await t.as(who);
      expect(expectProblem(await client.get(`/api/cases/${c.id}`), 404).code, who).toBe('NOT_FOUND');
      expect(
        (await list(who, 'pageSize=100')).items.map((i) => i.id),
        who,
      ).not.toContain(c.id);
      expect((await list(who, 'unitUndetermined=true')).total, who).toBe(0);
    }
  });

  it('the list filter splits undetermined from determined cases; the queue tab counts them', async () => {
    await undeterminedCase(t);
    const undetermined = await list('staff', 'unitUndetermined=true&pageSize=100');
    expect(undetermined.total).toBeGreaterThan(0);
    expect(undetermined.items.every((i) => i.unitId === null)).toBe(true);
    const determined = await list('staff', 'unitUndetermined=false&pageSize=100');
    expect(determined.items.every((i) => i.unitId !== null)).toBe(true);
    const all = await list('staff', 'pageSize=1');
    expect(undetermined.total + determined.total).toBe(all.total);
    const counts = expectStatus<{ counts: Record<string, number> }>(
      await (await t.as('staff')).get('/api/cases/counts'),
      200,
    );
    expect(counts.counts.unitUndetermined).toBe(undetermined.total);
    expect(
      expectProblem(await (await t.as('staff')).get('/api/cases?unitUndetermined=maybe'), 400).code,
    ).toBe('VALIDATION');
  });

  it('statistics leave it out of byUnit and count it at the top level', async () => {
    const undetermined = await list('staff', 'unitUndetermined=true');
    const stats = expectStatus<{
      cases: number;
      unitUndetermined: number;
      byUnit: { unitId: string; cases: number }[];
    }>(await (await t.as('director')).get('/api/stats'), 200);
    expect(stats.unitUndetermined).toBe(undetermined.total);
    expect(stats.byUnit.every((u) => typeof u.unitId === 'string')).toBe(true);
    const inUnits = stats.byUnit.reduce((n, u) => n + u.cases, 0);
    expect(inUnits + stats.unitUndetermined).toBe(stats.cases);
  });
});

describe('set_unit (确定被投诉单位) and the actions that wait for it', () => {
  it('refuses what concerns the unit with UNIT_UNDETERMINED (422) and does not offer it', async () => {
    let c = await undeterminedCase(t);
    expect(c.allowedActions).toEqual(expect.arrayContaining(['start_assessment', 'set_unit']));
    c = await step(t, 'staff', c.id, 'start_assessment', {});
    expect((await getCase(t, 'staff', c.id)).allowedActions).toEqual(
      expect.arrayContaining(['set_unit', 'dismiss', 'transfer_out', 'open_investigation']),
    );
    const staff = await t.as('staff');
    const onSpot = await staff.act(c.id, 'correct_on_spot', { correction: '已纠正', feedback: '已纠正' });
    expect(expectProblem(onSpot, 422)).toMatchObject({ code: 'RULE_VIOLATION', reason: 'UNIT_UNDETERMINED' });
    c = await step(t, 'staff', c.id, 'open_investigation', {});
    const view = await getCase(t, 'staff', c.id);
    for (const action of ['draft_notice', 'request_explanation', 'conclude_no_violation'])
      expect(view.allowedActions).not.toContain(action);
    const draft = await staff.act(c.id, 'draft_notice', {
      instrument: 'NOTICE',
      findings: '执法人员辱骂商户',
      legalBasis: '《行政执法监督条例》',
      requiredRectification: '书面致歉并整改',
      deadlineWorkingDays: 10,
    });
    const problem = expectProblem(draft, 422);
    expect(problem).toMatchObject({ code: 'RULE_VIOLATION', reason: 'UNIT_UNDETERMINED' });
    expect(problem.detail).toContain('请先确定被投诉单位');
    const ask = await staff.act(c.id, 'request_explanation', {
      questions: '请说明情况',
      deadlineWorkingDays: 5,
    });
    expect(expectProblem(ask, 422).reason).toBe('UNIT_UNDETERMINED');
    expect(await t.version(c.id)).toBe(c.version);
  });

  it('refuses a malformed, unknown or inactive unit (400), and unit users cannot take it', async () => {
    const c = await undeterminedCase(t);
    const staff = await t.as('staff');
    for (const unitId of ['nope', '00000000-0000-4000-8000-000000000000', undefined]) {
      const res = await staff.act(c.id, 'set_unit', unitId === undefined ? {} : { unitId });
      expect(expectProblem(res, 400).code, String(unitId)).toBe('VALIDATION');
    }
    const admin = await t.as('admin');
    const inactive = expectStatus<{ id: string }>(
      await admin.post('/api/admin/units', { name: '已停用的执法中队', active: false }),
      201,
    );
    expect(expectProblem(await staff.act(c.id, 'set_unit', { unitId: inactive.id }), 400).reason).toBe(
      'UNKNOWN_UNIT',
    );
    const unit = await t.as('unit1.leader');
    expect((await unit.act(c.id, 'set_unit', { unitId: t.unitIds.unit1 })).statusCode).toBe(404);
    expect(await t.version(c.id)).toBe(c.version);
  });

  it('moves the case to the unit (history: typed name, before/after); then the unit sees it once asked', async () => {
    const c = await undeterminedCase(t, '城东中队');
    const after = await step(t, 'director', c.id, 'set_unit', {
      unitId: t.unitIds.unit1,
      note: '经核实即本单位',
    });
    expect(after).toMatchObject({ unitId: t.unitIds.unit1, reportedUnitName: '城东中队' });
    expect(after.unitName).not.toBeNull();
    expect(after.allowedActions).not.toContain('set_unit');
    const last = (await getEvents(t, 'staff', c.id)).at(-1);
    expect(last).toMatchObject({
      action: 'set_unit',
      data: {
        unitId: t.unitIds.unit1,
        note: '经核实即本单位',
        reportedUnitName: '城东中队',
        changes: { unitId: { before: '待确定（反映人填写：城东中队）', after: t.unitIds.unit1 } },
      },
    });
    const again = await (await t.as('staff')).act(c.id, 'set_unit', { unitId: t.unitIds.unit2 });
    expect(expectProblem(again, 422).reason).toBe('UNIT_ALREADY_DETERMINED');
    expect((await list('staff', 'unitUndetermined=true&pageSize=100')).items.map((i) => i.id)).not.toContain(
      c.id,
    );
    expect((await list('staff', `unitId=${t.unitIds.unit1}&pageSize=100`)).items.map((i) => i.id)).toContain(
      c.id,
    );

    await step(t, 'staff', c.id, 'start_assessment', {});
    await step(t, 'staff', c.id, 'open_investigation', {});
    await step(t, 'staff', c.id, 'request_explanation', {
      questions: '请说明当日检查情况',
      deadlineWorkingDays: 5,
    });
    const seen = await getCase(t, 'unit1.handler', c.id);
    expect(seen).toMatchObject({ id: c.id, unitId: t.unitIds.unit1 });
    expect((await list('unit1.handler', 'pageSize=100')).items.map((i) => i.id)).toContain(c.id);
    expect((await (await t.as('unit2.handler')).get(`/api/cases/${c.id}`)).statusCode).toBe(404);
  });
});
