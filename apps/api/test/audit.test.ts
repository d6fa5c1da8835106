import type { TChainVerification } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, createCase, getCase } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Audit views: the reporter-access log (who read whose identity, when, by which route) and a
// case's hash chain verified on demand — showing where it breaks when it does.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type AccessPage = {
  items: {
    at: string;
    route: string;
    caseId: string;
    caseNumber: string | null;
    user: { username: string } | null;
  }[];
  total: number;
};
const log = async (query = '') =>
  expectStatus<AccessPage>(await (await t.as('admin')).get(`/api/admin/audit/reporter-access?${query}`), 200);

describe('the reporter-access log', () => {
  it('records who read whose identity, when and by which route, newest first, filterable', async () => {
    const c = await createCase(t, { reporter: { name: '王五', phone: '13900000000' } });
    const before = (await log()).total;
    await getCase(t, 'director', c.id);
    await getCase(t, 'staff', c.id);
    await getCase(t, 'unit1.handler', c.id).catch(() => undefined); // a unit never reads it
    // The log stamps the database's time; pin the two reads to known instants for the filters.
    const rows = await t.prisma.reporterAccess.findMany({ where: { caseId: c.id }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(2);
    await t.prisma.reporterAccess.update({
      where: { id: rows[0]!.id },
      data: { at: new Date('2026-03-10T02:00:00Z') },
    });
    await t.prisma.reporterAccess.update({
      where: { id: rows[1]!.id },
      data: { at: new Date('2026-03-12T02:00:00Z') },
    });

    const all = await log('pageSize=100');
    expect(all.total).toBe(before + 2);
    expect(all.items.slice(0, 2).map((i) => [i.user?.username, i.caseNumber, i.at])).toEqual([
      ['staff', c.number, '2026-03-12T02:00:00.000Z'],
      ['director', c.number, '2026-03-10T02:00:00.000Z'],
    ]);
    expect(all.items[0]!.route).toMatch(/^GET \/api\/cases\/:id|cases/);

    expect((await log(`caseNumber=${encodeURIComponent(c.number)}`)).total).toBe(2);
    expect(
      (await log(`caseNumber=${encodeURIComponent(c.number)}&user=staff`)).items.map((i) => i.user?.username),
    ).toEqual(['staff']);
    expect(
      (await log(`caseNumber=${encodeURIComponent(c.number)}&user=${encodeURIComponent('李建国')}`)).total,
    ).toBe(1);
    expect(
      (await log(`caseNumber=${encodeURIComponent(c.number)}&from=2026-03-11&to=2026-03-12`)).total,
    ).toBe(1);
    expect(
      (await log(`caseNumber=${encodeURIComponent(c.number)}&to=2026-03-10`)).items[0]?.user?.username,
    ).toBe('director');
    expect((await log('caseNumber=NO-SUCH-NUMBER')).total).toBe(0);
    const paged = await log(`caseNumber=${encodeURIComponent(c.number)}&page=2&pageSize=1`);
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items.map((i) => i.user?.username)).toEqual(['director']);
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['pageSize=101', 'pageSize'],
    [`caseNumber=${'x'.repeat(61)}`, 'caseNumber'],
  ])('refuses %s with 400', async (query, path) => {
    const problem = expectProblem(
      await (await t.as('admin')).get(`/api/admin/audit/reporter-access?${query}`),
      400,
    );
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });
});

describe("verifying one case's hash chain", () => {
  it('finds an intact chain by case number (admin) and by id (staff, director)', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    const byNumber = expectStatus<TChainVerification>(
      await (await t.as('admin')).get(`/api/admin/audit/chain?caseNumber=${encodeURIComponent(c.number)}`),
      200,
    );
    expect(byNumber).toEqual({
      caseId: c.id,
      caseNumber: c.number,
      version: c.version,
      eventsChecked: c.version,
      valid: true,
      firstBroken: null,
    });
    for (const user of ['staff', 'director'] as const)
      expect(expectStatus(await (await t.as(user)).get(`/api/cases/${c.id}/chain`), 200)).toEqual(byNumber);
  });

  it('shows where a tampered history breaks', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    await t.prisma.caseEvent.updateMany({
      where: { caseId: c.id, seq: 3 },
      data: { data: { findings: '改写过的事实' } },
    });
    const result = expectStatus<TChainVerification>(
      await (await t.as('staff')).get(`/api/cases/${c.id}/chain`),
      200,
    );
    expect(result).toMatchObject({
      valid: false,
      firstBroken: { seq: 3, reason: 'hash does not match the event content' },
    });
    const removed = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    await t.prisma.caseEvent.deleteMany({ where: { caseId: removed.id, seq: removed.version } });
    const admin = await t.as('admin');
    expect(
      expectStatus<TChainVerification>(
        await admin.get(`/api/admin/audit/chain?caseNumber=${encodeURIComponent(removed.number)}`),
        200,
      ),
    ).toMatchObject({
      valid: false,
      eventsChecked: removed.version - 1,
      firstBroken: { seq: removed.version },
    });
  });

  it('404 for an unknown number or a case out of scope; 403 for a unit that sees the case; 400 without a number', async () => {
    const admin = await t.as('admin');
    expectProblem(await admin.get('/api/admin/audit/chain?caseNumber=执监案〔2099〕1号'), 404);
    expectProblem(await admin.get('/api/admin/audit/chain'), 400);
    const c = await caseIn(t, 'AWAITING_REPLY');
    expectProblem(await (await t.as('unit1.leader')).get(`/api/cases/${c.id}/chain`), 403);
    expectProblem(await (await t.as('unit2.leader')).get(`/api/cases/${c.id}/chain`), 404);
    expectProblem(await admin.get(`/api/cases/${c.id}/chain`), 404);
    expectProblem(await (await t.as('staff')).get('/api/cases/not-a-case/chain'), 404);
  });
});
