import { rm } from 'node:fs/promises';
import pg from 'pg';
import { type Database, openDatabase } from '../apps/api/src/db/database.ts';
import { runMigrations } from '../apps/api/src/db/migrate.ts';
import { hashPassword } from '../apps/api/src/lib/passwords.ts';
import { readOverrides } from '../apps/api/src/modules/calendar/calendar.repository.ts';
import { loadReferenceCalendar } from '../apps/api/src/seeds/reference-data.ts';
import { addDays, computeDueAt, createCalendar, shanghaiDate } from '../packages/domain/src/index.ts';
import { expandTemplates } from './dataset.ts';
import { eventStepSql } from './events-sql.ts';
import { casesSql, DROP_HELPERS, daysSql, planSql, referenceRowsSql, templateTablesSql } from './load-sql.ts';

// The loader: a fresh bench database filled inside the database itself (bulk SQL, not the API).
// `tsx --conditions=development bench/load.ts --cases 10000 --backend postgres|pglite`

/** The bench's own database (BENCH_DB may pick another sp_bench* name); nothing else is touched. */
export const BENCH_DB = process.env.BENCH_DB ?? 'sp_bench';
if (!/^sp_bench\w*$/.test(BENCH_DB)) throw new Error(`BENCH_DB must start with sp_bench, got ${BENCH_DB}`);
export const DEMO_PASSWORD = 'Demo#2026';
const BULK_TABLES = ['cases', 'case_events', 'notices', 'reporters', 'case_search'];

export type Target = { backend: 'postgres'; adminUrl: string } | { backend: 'pglite'; dataDir: string };
export type LoadResult = { seconds: number; cases: number; events: number; overdue: number; byState: string };

/** postgresql://…/sp_bench next to the admin URL's database. */
export const benchUrl = (adminUrl: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${BENCH_DB}`;
  return u.toString();
};

type Exec = (sql: string) => Promise<Record<string, unknown>[]>;

async function recreate(target: Target): Promise<Database> {
  if (target.backend === 'pglite') {
    await rm(target.dataDir, { recursive: true, force: true });
    return openDatabase({ dataDir: target.dataDir });
  }
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    // Only ever the bench's own database.
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
  return openDatabase({ databaseUrl: benchUrl(target.adminUrl), dataDir: 'memory://', poolMax: 2 });
}

async function session(db: Database): Promise<{ exec: Exec; release(): void }> {
  if (db.kind === 'pglite') {
    const raw = db.raw;
    return { exec: async (sql) => (await raw.query<Record<string, unknown>>(sql)).rows, release() {} };
  }
  const client = await db.raw.connect();
  for (const s of ["work_mem = '256MB'", "maintenance_work_mem = '1GB'", 'synchronous_commit = off'])
    await client.query(`SET ${s}`);
  return { exec: async (sql) => (await client.query(sql)).rows, release: () => client.release() };
}

/** Secondary indexes and foreign keys of the bulk tables: dropped while loading, rebuilt after. */
async function deferConstraints(exec: Exec): Promise<string[]> {
  const present = await exec(
    `SELECT t FROM unnest(ARRAY['${BULK_TABLES.join("','")}']) AS t WHERE to_regclass(t) IS NOT NULL`,
  );
  const tables = present.map((r) => `'${r.t}'::regclass`).join(',');
  const fks =
    await exec(`SELECT conrelid::regclass::text AS t, conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE contype = 'f' AND (conrelid IN (${tables}) OR confrelid IN (${tables}))`);
  const idx = await exec(`SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def
    FROM pg_index WHERE indrelid IN (${tables}) AND NOT indisprimary`);
  for (const f of fks) await exec(`ALTER TABLE ${f.t} DROP CONSTRAINT "${f.name}"`);
  for (const i of idx) await exec(`DROP INDEX ${i.name}`);
  return [
    ...idx.map((i) => String(i.def)),
    ...fks.map((f) => `ALTER TABLE ${f.t} ADD CONSTRAINT "${f.name}" ${f.def}`),
  ];
}

export async function loadDataset(
  target: Target,
  opts: { cases: number; asOf: Date; log?: (msg: string) => void },
): Promise<LoadResult> {
  const log = opts.log ?? (() => {});
  const cases = Math.max(100, Math.round(opts.cases / 100) * 100);
  const started = performance.now();
  const db = await recreate(target);
  await runMigrations(db);
  await loadReferenceCalendar(db.prisma);
  const calendar = createCalendar(await readOverrides(db.prisma));
  const firstDay = shanghaiDate(new Date(opts.asOf.getTime() - 400 * 86_400_000));
  const days = Array.from({ length: 402 }, (_, i) => {
    const date = addDays(firstDay, i);
    const rule = {
      startAt: `${date}T02:00:00.000Z`,
      basis: 'WORKING_DAYS' as const,
      days: 15,
      extensions: [],
    };
    return { date, dueAt: computeDueAt(rule, calendar).toISOString() };
  });
  const { paths, infos } = expandTemplates();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { exec, release } = await session(db);
  const step = async (label: string, sqls: string[]) => {
    const t = performance.now();
    for (const sql of sqls) await exec(sql);
    log(`  load: ${label} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await step('drop helpers', DROP_HELPERS);
    const rebuild = await deferConstraints(exec);
    await step('units, users', referenceRowsSql(passwordHash));
    await step('templates, calendar', [
      ...templateTablesSql(paths, infos),
      ...daysSql(days, new Date(Date.now() + 2 * 86_400_000), opts.asOf),
    ]);
    await step('plan', [planSql(cases, opts.asOf)]);
    await step('cases, reporters, notices', casesSql());
    // The search table (title, number, description; see cases.repository.ts searchText), if the
    // schema has it.
    await step('case_search', [
      `DO $$ BEGIN IF to_regclass('case_search') IS NOT NULL THEN
         INSERT INTO case_search (case_id, text) SELECT id, title || E'\\x1f' || number || E'\\x1f' || description FROM cases;
       END IF; END $$`,
    ]);
    const maxVersion = Math.max(...infos.map((i) => i.version));
    for (let seq = 1; seq <= maxVersion; seq++) await step(`events seq ${seq}`, eventStepSql(seq));
    await step('indexes, foreign keys', rebuild);
    await step('drop helpers', [
      ...DROP_HELPERS,
      `INSERT INTO settings (key, value) VALUES ('bench.asOf', to_jsonb('${opts.asOf.toISOString()}'::text))`,
    ]);
    await step('vacuum analyze', ['VACUUM ANALYZE']);
    const [c] =
      await exec(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events,
      (SELECT count(*) FROM cases WHERE state = 'AWAITING_REPLY' AND due_at < '${opts.asOf.toISOString()}')::int AS overdue`);
    const states = await exec(
      `SELECT state::text AS s, count(*)::int AS n FROM cases GROUP BY 1 ORDER BY 2 DESC`,
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds,
      cases: Number(c!.cases),
      events: Number(c!.events),
      overdue: Number(c!.overdue),
      byState: states.map((r) => `${r.s} ${r.n}`).join(', '),
    };
  } finally {
    release();
    await db.close();
  }
}

/** The bench's "now": far enough ahead that the overdue set is not overdue in real time yet. */
export const benchNow = () =>
  new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 60 * 86_400_000 + 6 * 3_600_000);

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, dflt: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : dflt;
  };
  const backend = arg('backend', 'postgres');
  const target: Target =
    backend === 'pglite'
      ? { backend, dataDir: arg('data-dir', '/tmp/sp-bench-pglite') }
      : { backend: 'postgres', adminUrl: arg('pg', 'postgresql://postgres@127.0.0.1:5432/postgres') };
  const result = await loadDataset(target, {
    cases: Number(arg('cases', '10000')),
    asOf: benchNow(),
    log: console.log,
  });
  console.log(result);
}
