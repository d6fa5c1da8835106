import pg from 'pg';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { benchUrl, type Target } from './load.ts';
import { iso } from './load-sql.ts';
import type { Sample } from './scenarios.ts';
import { type Query, sampleIds, verifyChains } from './verify.ts';

// Direct database access around the HTTP runs: what to ask for, the floor's sweep, and the
// checks after the API's sweep. (PGlite is one process's: only while no server holds it.)

/** One connection (so BEGIN … ROLLBACK holds) to the bench database. */
export async function withDb<T>(target: Target, fn: (query: Query) => Promise<T>): Promise<T> {
  if (target.backend === 'pglite') {
    const db = await openDatabase({ dataDir: target.dataDir });
    if (db.kind !== 'pglite') throw new Error('expected PGlite');
    const raw = db.raw;
    try {
      return await fn(async <R>(sql: string, params?: unknown[]) => (await raw.query<R>(sql, params)).rows);
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: benchUrl(target.adminUrl) });
  await client.connect();
  try {
    return await fn(
      async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
    );
  } finally {
    await client.end();
  }
}

export async function prepare(
  query: Query,
): Promise<Sample & { overdue: number; asOf: Date; version: string }> {
  const [setting] = await query<{ value: string }>(
    `SELECT value #>> '{}' AS value FROM settings WHERE key = 'bench.asOf'`,
  );
  if (!setting) throw new Error('not a bench database (no bench.asOf setting): load it first');
  const asOf = new Date(setting.value);
  const rand = String(Math.random());
  const units = await query<{ id: string }>(`SELECT id::text AS id FROM units ORDER BY name`);
  const numbers = await query<{ number: string }>(
    `SELECT number FROM cases ORDER BY md5(id::text || $1) LIMIT 200`,
    [rand],
  );
  const items = await query<{ id: string; version: number }>(
    `SELECT id::text AS id, version FROM cases WHERE state = 'INVESTIGATING' ORDER BY md5(id::text || $1) LIMIT 200`,
    [rand],
  );
  const [od] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases WHERE state = 'AWAITING_REPLY' AND due_at < $1`,
    [asOf],
  );
  const [v] = await query<{ v: string }>(`SELECT split_part(version(), ' ', 2) AS v`);
  return {
    asOf,
    overdue: od!.n,
    version: v!.v,
    unitIds: units.map((u) => u.id),
    caseIds: await sampleIds(query, 2000),
    caseNumbers: numbers.map((n) => n.number),
    floorItems: items,
  };
}

/**
 * The floor of the sweep: every overdue case referred by one UPDATE and one INSERT … SELECT
 * (hash chained in SQL), timed, then rolled back so the API's sweep finds the same cases.
 */
export async function floorSweep(query: Query, asOf: Date): Promise<{ seconds: number; referred: number }> {
  await query('BEGIN');
  try {
    const started = performance.now();
    const [r] = await query<{ n: number }>(
      `WITH o AS (SELECT id, due_at FROM cases WHERE state = 'AWAITING_REPLY' AND due_at < $1 FOR UPDATE),
       s AS (UPDATE cases c SET state = 'REFERRED', version = c.version + 1, due_at = NULL, due_soon_at = NULL,
                    referred = true, updated_at = $1,
                    workflow = c.workflow || jsonb_build_object('referral', jsonb_build_object('by', 'SYSTEM',
                      'reason', 'NO_REPLY', 'at', ${iso('$1::timestamptz')}, 'acceptedAt', NULL))
               FROM o WHERE c.id = o.id RETURNING c.id, c.version, o.due_at),
       i AS (INSERT INTO case_events (case_id, seq, action, from_state, to_state, at, data, prev_hash, hash)
             SELECT s.id, s.version, 'refer_overdue', 'AWAITING_REPLY', 'REFERRED', $1,
                    jsonb_build_object('dueAt', ${iso('s.due_at')}, 'reason', 'NO_REPLY'), e.hash,
                    encode(sha256(convert_to(e.hash || s.id::text, 'UTF8')), 'hex')
               FROM s JOIN case_events e ON e.case_id = s.id AND e.seq = s.version - 1 RETURNING 1)
       SELECT count(*)::int AS n FROM i`,
      [asOf],
    );
    return { seconds: (performance.now() - started) / 1000, referred: r!.n };
  } finally {
    await query('ROLLBACK');
  }
}

/** After the API's sweep: every overdue case referred exactly once, with intact histories. */
export async function checkSweep(query: Query, asOf: Date, expected: number): Promise<string[]> {
  const [r] = await query<{ events: number; cases: number; left: number }>(
    `SELECT count(*)::int AS events, count(DISTINCT case_id)::int AS cases,
            (SELECT count(*)::int FROM cases WHERE state = 'AWAITING_REPLY' AND due_at < $1) AS left
       FROM case_events WHERE action = 'refer_overdue' AND at = $1`,
    [asOf],
  );
  const problems: string[] = [];
  if (r!.events !== expected) problems.push(`${r!.events} referral events for ${expected} overdue cases`);
  if (r!.cases !== r!.events) problems.push(`${r!.events - r!.cases} cases referred more than once`);
  if (r!.left !== 0) problems.push(`${r!.left} overdue cases left unreferred`);
  const swept = await query<{ id: string }>(
    `SELECT case_id::text AS id FROM case_events WHERE action = 'refer_overdue' AND at = $1 LIMIT 300`,
    [asOf],
  );
  problems.push(
    ...(await verifyChains(
      query,
      swept.map((s) => s.id),
    )),
  );
  return problems;
}
