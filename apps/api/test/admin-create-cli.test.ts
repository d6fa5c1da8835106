import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { findRepoRoot } from '../src/db/migration-files.ts';
import { verifyPassword } from '../src/lib/passwords.ts';
import { createTestDatabase, type TestDatabase } from './helper.ts';

// `pnpm admin:create <username>` on a fresh database: PGlite in a DATA_DIR, or PostgreSQL when
// TEST_DATABASE_URL is set (DATABASE_URL for the CLI). It migrates, loads the reference
// calendar, creates one administrator who must change the password, and never any demo data;
// an existing username or a weak password exits non-zero and changes nothing.

const root = findRepoRoot();
let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'sp-admin-create-'));
});
afterAll(async () => {
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

function adminCreate(args: string[], password: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: database.url ?? '' };
  delete env.ADMIN_PASSWORD;
  if (password !== undefined) env.ADMIN_PASSWORD = password;
  const res = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'apps/api/src/cli/admin-create.ts', ...args],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

/** What the database holds now (opened after the CLI has exited: PGlite is one process). */
async function snapshot() {
  const db = database.kind === 'postgres' ? await database.open(2) : await openDatabase({ dataDir });
  try {
    return {
      users: await db.prisma.user.findMany({
        select: {
          username: true,
          displayName: true,
          role: true,
          unitId: true,
          mustChangePassword: true,
          passwordHash: true,
        },
      }),
      units: await db.prisma.unit.count(),
      cases: await db.prisma.case.count(),
      calendarDays: await db.prisma.calendarDay.count(),
    };
  } finally {
    await db.close();
  }
}

// Each case spawns the CLI (tsx start, PGlite open, every migration, the reference calendar) and
// then reopens the database: minutes on a loaded 2-core machine, far past the project's 60 s.
describe('pnpm admin:create', { timeout: 600_000 }, () => {
  it('refuses a weak password before writing any user (exit 1)', async () => {
    const res = adminCreate(['boss'], 'short');
    expect(res.status).toBe(1);
    expect(res.out).toMatch(/至少 10 个字符/);
    const after = await snapshot();
    expect(after.users).toEqual([]);
    // It did migrate and load the reference calendar, as the server would.
    expect(after.calendarDays).toBeGreaterThan(0);
  });

  it('creates one administrator who must change the password, and no demo data', async () => {
    const res = adminCreate(['boss', '--name', '王局长'], 'siping-admin-2026');
    expect(res.status, res.out).toBe(0);
    expect(res.out).toMatch(/已创建/);
    const { users, units, cases } = await snapshot();
    expect(users).toEqual([
      {
        username: 'boss',
        displayName: '王局长',
        role: 'ADMIN',
        unitId: null,
        mustChangePassword: true,
        passwordHash: expect.any(String),
      },
    ]);
    expect(await verifyPassword(users[0]!.passwordHash, 'siping-admin-2026')).toBe(true);
    expect(units).toBe(0);
    expect(cases).toBe(0);
  });

  it('exits 1, changing nothing, for an existing username (any case) or no password to read', async () => {
    const before = await snapshot();
    const taken = adminCreate(['BOSS'], 'another-password-1');
    expect(taken.status).toBe(1);
    expect(taken.out).toMatch(/已存在/);
    const noPassword = adminCreate(['second.admin'], undefined);
    expect(noPassword.status).toBe(1);
    expect(noPassword.out).toMatch(/ADMIN_PASSWORD/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a malformed or missing username before opening the database', () => {
    for (const args of [['not valid'], [], ['a', 'b']]) {
      const res = adminCreate(args, 'long-enough-password');
      expect(res.status).toBe(1);
      expect(res.out).toMatch(/usage: pnpm admin:create/);
    }
  });
});
