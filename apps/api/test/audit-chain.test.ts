import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { findRepoRoot } from '../src/db/migration-files.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { eventHash } from '../src/lib/hash-chain.ts';
import { verifyAllChains } from '../src/modules/audit/verify-chain.ts';
import { chainedContent } from '../src/modules/case-store/event-chain.ts';
import { seedDemo } from '../src/seeds/demo-data.ts';
import { loadReferenceCalendar } from '../src/seeds/reference-data.ts';
import { caseIn, step } from './flows.ts';
import { createTestApp, FIXED_NOW, onPostgres, type TestApp } from './helper.ts';

// The history is tamper-evident: verifyAllChains re-computes every hash, and `pnpm
// audit:verify` reports the first broken link (exit 1). Rows are edited behind the API's back
// with raw SQL, as an attacker with database access would.

let t: TestApp;
let target: { id: string; version: number };
beforeAll(async () => {
  t = await createTestApp();
  // A case with user actions, a system referral (sweep) and a closing: every kind of event.
  const c = await caseIn(t, 'AWAITING_REPLY');
  t.setNow(new Date('2026-03-24T00:00:00.000Z'));
  await t.services.sweep.run();
  t.setNow(FIXED_NOW);
  await step(t, 'discipline', c.id, 'record_disposition');
  target = { id: c.id, version: await t.version(c.id) };
});
afterAll(async () => t?.close());

const eventRow = (caseId: string, seq: number) =>
  t.prisma.caseEvent.findUniqueOrThrow({ where: { caseId_seq: { caseId, seq } } });

describe('verifyAllChains', () => {
  it('finds every chain intact after real use', async () => {
    const result = await verifyAllChains(t.prisma);
    expect(result).toEqual({ casesChecked: await t.prisma.case.count(), firstBroken: null });
    expect(result.casesChecked).toBeGreaterThan(10);
    // Small batches walk the same cases.
    expect(await verifyAllChains(t.prisma, 3)).toEqual(result);
  });

  it('reports exactly the case and seq whose data was edited, and recovers when restored', async () => {
    const original = await eventRow(target.id, 3);
    await t.prisma.$executeRaw`UPDATE case_events SET data = ${JSON.stringify({ note: '篡改' })}::jsonb
      WHERE case_id = ${target.id}::uuid AND seq = 3`;
    const { firstBroken } = await verifyAllChains(t.prisma);
    expect(firstBroken).toEqual({ caseId: target.id, seq: 3, reason: expect.stringMatching(/hash/) });
    await t.prisma.$executeRaw`UPDATE case_events SET data = ${JSON.stringify(original.data)}::jsonb
      WHERE case_id = ${target.id}::uuid AND seq = 3`;
    expect((await verifyAllChains(t.prisma)).firstBroken).toBeNull();
  });

  it('re-hashing the edited event only moves the break to the next link', async () => {
    const seq = target.version - 1; // the system's refer_overdue
    const original = await eventRow(target.id, seq);
    expect(original.action).toBe('refer_overdue');
    await t.prisma.$executeRaw`UPDATE case_events SET at = at - interval '1 day', hash = ${'f'.repeat(64)}
      WHERE case_id = ${target.id}::uuid AND seq = ${seq}`;
    expect((await verifyAllChains(t.prisma)).firstBroken).toMatchObject({ caseId: target.id, seq });
    // Even a hash recomputed for the edit leaves the next event's prevHash pointing at the old one.
    const edited = await eventRow(target.id, seq);
    const forged = eventHash(edited.prevHash, chainedContent(edited));
    await t.prisma
      .$executeRaw`UPDATE case_events SET hash = ${forged} WHERE case_id = ${target.id}::uuid AND seq = ${seq}`;
    expect((await verifyAllChains(t.prisma)).firstBroken).toEqual({
      caseId: target.id,
      seq: seq + 1,
      reason: expect.stringMatching(/prevHash/),
    });
    await t.prisma.$executeRaw`UPDATE case_events SET at = ${original.at}, hash = ${original.hash}
      WHERE case_id = ${target.id}::uuid AND seq = ${seq}`;
    expect((await verifyAllChains(t.prisma)).firstBroken).toBeNull();
  });

  it('notices a removed last event (the case version is ahead of its history)', async () => {
    const last = await eventRow(target.id, target.version);
    await t.prisma
      .$executeRaw`DELETE FROM case_events WHERE case_id = ${target.id}::uuid AND seq = ${target.version}`;
    expect((await verifyAllChains(t.prisma)).firstBroken).toEqual({
      caseId: target.id,
      seq: target.version,
      reason: expect.stringMatching(/version/),
    });
    await t.prisma.caseEvent.create({ data: { ...last, id: undefined, data: last.data as object } });
    expect((await verifyAllChains(t.prisma)).firstBroken).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI, in its own process, against a database it opens from the environment.

const repoRoot = findRepoRoot();
const run = promisify(execFile);

async function auditVerify(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      ['--conditions=development', 'apps/api/src/cli/audit-verify.ts'],
      { cwd: repoRoot, env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('pnpm audit:verify', () => {
  // Two CLI processes and a seeded PGlite on disk: about a minute on a loaded 2-core machine.
  it(`prints the result and exits 1 on a broken chain (${onPostgres ? 'PostgreSQL' : 'PGlite on disk'})`, {
    timeout: 240_000,
  }, async () => {
    // PGlite is one process's database: the CLI gets its own copy in a directory.
    const dataDir = onPostgres ? null : await mkdtemp(path.join(tmpdir(), 'sp-audit-cli-'));
    const env: Record<string, string> = onPostgres
      ? { DATABASE_URL: t.database.url! }
      : { DATA_DIR: dataDir! };
    const withDb = async (fn: (prisma: PrismaClient) => Promise<void>) => {
      if (onPostgres) return fn(t.prisma);
      const db = await openDatabase({ dataDir: dataDir! });
      try {
        await fn(db.prisma);
      } finally {
        await db.close();
      }
    };
    try {
      if (dataDir) {
        const db = await openDatabase({ dataDir });
        await runMigrations(db);
        await loadReferenceCalendar(db.prisma);
        await seedDemo(db.prisma, FIXED_NOW);
        await db.close();
      }
      let cases = 0;
      await withDb(async (prisma) => {
        cases = await prisma.case.count();
      });
      const ok = await auditVerify(env);
      expect(ok.code, ok.stderr).toBe(0);
      expect(JSON.parse(ok.stdout)).toEqual({ casesChecked: cases, firstBroken: null });

      let victim = '';
      await withDb(async (prisma) => {
        const e = await prisma.caseEvent.findFirstOrThrow({ where: { seq: 2 }, orderBy: { id: 'desc' } });
        victim = e.caseId;
        await prisma.$executeRaw`UPDATE case_events SET data = '{"forged": true}'::jsonb WHERE case_id = ${victim}::uuid AND seq = 2`;
      });
      const broken = await auditVerify(env);
      expect(broken.code).toBe(1);
      expect(JSON.parse(broken.stdout).firstBroken).toMatchObject({ caseId: victim, seq: 2 });
      expect(broken.stderr).toContain(victim);
    } finally {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('exits 2 when it cannot reach the database', async () => {
    const res = await auditVerify({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/audit:verify failed/);
  });
});
