import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import { runMigrations } from './migrate.ts';
import { defaultMigrationsDir, readMigrations } from './migration-files.ts';

// Real databases only: an in-memory PGlite always, and a throw-away PostgreSQL database when
// TEST_DATABASE_URL points at a server where we may create databases.

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

type Backend = {
  name: string;
  /** A fresh, empty database per call. */
  open(): Promise<Database>;
  /** Another connection to the same database, as a second process (or caller) would have. */
  openAgain(db: Database): Promise<Database>;
  cleanup(): Promise<void>;
};

function pgliteBackend(): Backend {
  return {
    name: 'pglite',
    open: () => openDatabase({ dataDir: 'memory://' }),
    // PGlite is single-connection and in-process: concurrent callers share the instance.
    openAgain: async (db) => db,
    cleanup: async () => {},
  };
}

function postgresBackend(adminUrl: string): Backend {
  const created: string[] = [];
  const urls = new WeakMap<Database, string>();
  const admin = () => new pg.Client({ connectionString: adminUrl });
  return {
    name: 'postgres',
    async open() {
      const name = `sp_test_migrate_${process.pid}_${created.length}_${Date.now()}`;
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', poolMax: 3 });
      urls.set(db, url.toString());
      return db;
    },
    openAgain: (db) => openDatabase({ databaseUrl: urls.get(db), dataDir: 'unused', poolMax: 2 }),
    async cleanup() {
      const client = admin();
      await client.connect();
      for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const backends = [pgliteBackend(), ...(TEST_DATABASE_URL ? [postgresBackend(TEST_DATABASE_URL)] : [])];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'sp-migrate-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  for (const backend of backends) await backend.cleanup();
});

/** A private copy of the repository's migrations that a test may tamper with. */
async function copyMigrations(label: string): Promise<string> {
  const dir = path.join(scratch, label);
  await cp(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function tableNames(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
  return rows.map((r) => r.table_name);
}

describe.each(backends)('runMigrations on $name', (backend) => {
  it('applies every migration, records it as Prisma does, and the tables work', async () => {
    const db = await backend.open();
    try {
      const files = await readMigrations(defaultMigrationsDir());
      const { applied } = await runMigrations(db);
      expect(applied).toEqual(files.map((f) => f.name));

      expect(await tableNames(db)).toEqual(
        expect.arrayContaining(['_prisma_migrations', 'units', 'users', 'cases', 'case_events', 'notices']),
      );
      const rows = await db.prisma.$queryRaw<
        { migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }[]
      >`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count
        FROM _prisma_migrations ORDER BY migration_name`;
      expect(rows).toEqual(
        files.map((f) => ({
          migration_name: f.name,
          checksum: f.checksum,
          finished: true,
          applied_steps_count: 1,
        })),
      );
      const unit = await db.prisma.unit.create({ data: { name: 'A 区执法大队' } });
      expect(unit.id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await db.close();
    }
  });

  it('is a no-op when run again', async () => {
    const db = await backend.open();
    try {
      await runMigrations(db);
      await db.prisma.unit.create({ data: { name: 'kept' } });
      expect((await runMigrations(db)).applied).toEqual([]);
      expect(await db.prisma.unit.count()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses to start when an applied migration was modified', async () => {
    const dir = await copyMigrations(`tampered-${backend.name}`);
    const db = await backend.open();
    try {
      await runMigrations(db, { migrationsDir: dir });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`);
      await expect(runMigrations(db, { migrationsDir: dir })).rejects.toThrow(
        /modified after it was applied/,
      );
    } finally {
      await db.close();
    }
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    const dir = await copyMigrations(`failing-${backend.name}`);
    const bad = path.join(dir, '99999999999999_bad');
    await cp(path.join(dir, (await readMigrations(dir))[0]!.name), bad, { recursive: true });
    await writeFile(
      path.join(bad, 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT * FROM "no_such_table";\n',
    );
    const db = await backend.open();
    try {
      await expect(runMigrations(db, { migrationsDir: dir })).rejects.toThrow(/99999999999999_bad failed/);
      const names = await tableNames(db);
      expect(names).toContain('units');
      expect(names).not.toContain('half_done');
      const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name = '99999999999999_bad'`;
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('applies once when several runners start at the same time', async () => {
    const first = await backend.open();
    const second = await backend.openAgain(first);
    try {
      const results = await Promise.all([runMigrations(first), runMigrations(second), runMigrations(first)]);
      const files = await readMigrations(defaultMigrationsDir());
      expect(results.flatMap((r) => r.applied).sort()).toEqual(files.map((f) => f.name).sort());
      const rows = await first.prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM _prisma_migrations`;
      expect(Number(rows[0]!.n)).toBe(files.length);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
