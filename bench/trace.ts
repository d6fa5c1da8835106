import pg from 'pg';
import { PrismaPg } from '../apps/api/node_modules/@prisma/adapter-pg/dist/index.mjs';
import { buildApp } from '../apps/api/src/app.ts';
import { PrismaClient } from '../apps/api/src/generated/prisma/client.ts';
import { createClock } from '../apps/api/src/lib/clock.ts';
import { TEXT } from './dataset.ts';
import { BENCH_DB, DEMO_PASSWORD } from './load.ts';

// Where the time goes, query by query: one request of each scenario against the loaded bench
// database (PostgreSQL), in process, with Prisma's query log. Prints each SQL statement with
// its duration, then EXPLAIN ANALYZE of the slowest one of each request.
// `tsx --conditions=development bench/trace.ts [--pg postgresql://…/postgres]`

const i = process.argv.indexOf('--pg');
const url = new URL(i > 0 ? process.argv[i + 1]! : 'postgresql://postgres@127.0.0.1:5432/postgres');
url.pathname = `/${BENCH_DB}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
const prisma = new PrismaClient({
  adapter: new PrismaPg(pool),
  log: [{ emit: 'event', level: 'query' }],
});
let log: { sql: string; params: string; ms: number }[] = [];
prisma.$on('query', (e) => log.push({ sql: e.query, params: e.params, ms: e.duration }));
const close = async () => {
  await prisma.$disconnect();
  await pool.end();
};
const clock = createClock();
const { app } = await buildApp({
  config: { dataDir: '/tmp/sp-bench-files', testClock: true, publicReportsPerMinute: 30, logLevel: 'warn' },
  db: { kind: 'postgres', raw: pool, prisma, close },
  clock,
  webDist: null,
  logger: false,
});
const asOf = (await pool.query(`SELECT value #>> '{}' AS v FROM settings WHERE key = 'bench.asOf'`)).rows[0]
  .v;
clock.set(new Date(asOf));
const cookieOf = async (username: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  return String(res.headers['set-cookie']).split(';')[0]!;
};
const staff = await cookieOf('staff1');
const one = (await pool.query(`SELECT id, unit_id, number FROM cases WHERE state = 'INVESTIGATING' LIMIT 1`))
  .rows[0];

async function trace(label: string, method: 'GET' | 'POST', path: string, payload?: object, cookie = staff) {
  await app.inject({ method, url: path, payload, headers: { cookie } }); // warm caches and plans
  log = [];
  const started = performance.now();
  const res = await app.inject({ method, url: path, payload, headers: { cookie } });
  const total = performance.now() - started;
  console.log(`\n## ${label}: ${res.statusCode}, ${total.toFixed(1)} ms, ${log.length} statements`);
  for (const q of log)
    console.log(`  ${String(q.ms).padStart(4)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 220)}`);
  return res;
}

await trace('list state + unitId', 'GET', `/api/cases?state=CLOSED&unitId=${one.unit_id}&page=1&pageSize=20`);
await trace('list q = number', 'GET', `/api/cases?q=${encodeURIComponent(one.number)}`);
await trace('list q = keyword', 'GET', `/api/cases?q=${encodeURIComponent(TEXT.problems[0]!)}`);
await trace('get by id', 'GET', `/api/cases/${one.id}`);
const v = (await pool.query(`SELECT version FROM cases WHERE id = $1`, [one.id])).rows[0].version;
log = [];
const res = await app.inject({
  method: 'POST',
  url: `/api/cases/${one.id}/actions`,
  payload: { action: 'add_evidence', version: v, note: TEXT.note },
  headers: { cookie: staff },
});
console.log(`\n## transition (add_evidence): ${res.statusCode}, ${log.length} statements`);
for (const q of log)
  console.log(`  ${String(q.ms).padStart(4)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 220)}`);
await app.close();
await close();
