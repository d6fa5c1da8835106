import type { UserActor } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS } from './flows.ts';
import { createTestApp, expectStatus, onPostgres, type TestApp } from './helper.ts';

// Several API instances on one PostgreSQL database, each with its own sweeper: when the
// deadline of many cases passes, sweeping on all of them at the same moment refers every
// overdue case exactly once (one refer_overdue event, version + 1), whoever takes it.
// Needs a real server (TEST_DATABASE_URL); PGlite is a single in-process connection.

const CASES = 60;
const INSTANCES = 3;

describe.skipIf(!onPostgres)(
  "PostgreSQL only: the sweep's row lock (FOR UPDATE SKIP LOCKED) — three instances sweeping at once refer each overdue case exactly once",
  () => {
    let first: TestApp;
    const all: TestApp[] = [];
    const ids: string[] = [];
    const versions = new Map<string, number>();

    beforeAll(async () => {
      first = await createTestApp();
      all.push(first);
      for (let i = 1; i < INSTANCES; i++)
        all.push(await createTestApp({ database: first.database, prepare: false }));

      // 60 cases in AWAITING_REPLY, made through the services of instance 1 (fast, same rules).
      const users = await first.prisma.user.findMany({ where: { username: { in: ['staff', 'director'] } } });
      const actor = (username: string): UserActor => {
        const u = users.find((x) => x.username === username)!;
        return { kind: 'user', id: u.id, role: u.role, unitId: u.unitId };
      };
      const { cases } = first.services;
      for (let i = 0; i < CASES; i++) {
        let c = await cases.create(
          {
            source: 'HOTLINE',
            title: `批量案件 ${i}`,
            description: '超期未回复',
            unitId: first.unitIds[i % 2 ? 'unit1' : 'unit2'],
          },
          actor('staff'),
        );
        for (const [who, action] of [
          ['staff', 'start_assessment'],
          ['staff', 'open_investigation'],
          ['staff', 'draft_notice'],
          ['director', 'approve_notice'],
        ] as const) {
          c = await cases.perform(c.id, { action, version: c.version, ...PAYLOADS[action] }, actor(who));
        }
        expect(c.state).toBe('AWAITING_REPLY');
        ids.push(c.id);
        versions.set(c.id, c.version);
      }
    });

    afterAll(async () => {
      // The instances share the database: close the extra ones first, the creator (who drops it) last.
      for (const t of all.slice(1).reverse()) await t.close();
      await first?.close();
    });

    it('a session made on one instance works on the others, and logout ends it everywhere', async () => {
      const cookie = await all[0]!.login('director');
      for (const t of all)
        expectStatus(await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } }), 200);
      const out = await all[2]!.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      for (const t of all)
        expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
          401,
        );
    });

    it('every instance answers on the same data', async () => {
      for (const t of all) {
        const staff = await t.as('staff');
        const page = expectStatus<{ total: number }>(
          await staff.get('/api/cases?state=AWAITING_REPLY&pageSize=1'),
          200,
        );
        expect(page.total).toBeGreaterThanOrEqual(CASES);
      }
    });

    it('the sum of referred equals the overdue cases; each is referred exactly once', async () => {
      const after = new Date('2026-03-24T00:00:00.000Z'); // past the 15-working-day deadline of 23 March
      for (const t of all) t.setNow(after);
      const overdue = await first.prisma.case.count({
        where: { state: 'AWAITING_REPLY', dueAt: { lt: after } },
      });
      expect(overdue).toBeGreaterThanOrEqual(CASES);

      const counts = await Promise.all([
        ...all.map((t) => t.services.sweep.run()),
        // and once more over HTTP on each instance, in the same moment
        ...all.map(
          async (t) =>
            expectStatus<{ referred: number }>(
              await t.inject({ method: 'POST', url: '/api/test/sweep' }),
              200,
            ).referred,
        ),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(overdue);

      const rows = await first.prisma.case.findMany({
        where: { id: { in: ids } },
        select: { id: true, state: true, version: true },
      });
      expect(rows).toHaveLength(CASES);
      for (const r of rows) {
        expect(r.state).toBe('REFERRED');
        expect(r.version).toBe(versions.get(r.id)! + 1);
      }
      const referrals = await first.prisma.caseEvent.groupBy({
        by: ['caseId'],
        where: { caseId: { in: ids }, action: 'refer_overdue' },
        _count: { _all: true },
      });
      expect(referrals).toHaveLength(CASES);
      for (const r of referrals) expect(r._count._all).toBe(1);
      const events = await first.prisma.caseEvent.findMany({
        where: { caseId: { in: ids }, action: 'refer_overdue' },
      });
      for (const e of events) {
        expect(e.seq).toBe(versions.get(e.caseId)! + 1);
        expect(e.actorId).toBeNull();
        const prev = await first.prisma.caseEvent.findUniqueOrThrow({
          where: { caseId_seq: { caseId: e.caseId, seq: e.seq - 1 } },
        });
        expect(e.prevHash).toBe(prev.hash);
      }
      // Nothing is left for a later sweep on any instance.
      expect(await Promise.all(all.map((t) => t.services.sweep.run()))).toEqual(all.map(() => 0));
    });
  },
);
