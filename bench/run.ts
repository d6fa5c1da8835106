import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Request } from 'autocannon';
import { checkSweep, floorSweep, prepare, withDb } from './db.ts';
import { call, drain, type Figures, hammer, login } from './http.ts';
import { benchNow, benchUrl, DEMO_PASSWORD, loadDataset, type Target } from './load.ts';
import { startServer } from './proc.ts';
import { type Report, type Row, renderTable, targets, writeDoc } from './report.ts';
import * as S from './scenarios.ts';

// `pnpm bench [--cases 10000] [--backend postgres|pglite|both] [--duration 3] [--connections 8]
//   [--reuse] [--no-doc]`: load, then the floor and the API under the same HTTP load, then the
// sweep; prints a table per backend and writes it into docs/performance.md.

const { values: o } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    backend: { type: 'string', default: 'both' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    reuse: { type: 'boolean', default: false },
    'no-doc': { type: 'boolean', default: false },
    /** NODE_OPTIONS for the API server only: --api-node-options=--max-old-space-size=128 */
    'api-node-options': { type: 'string', default: '' },
    pg: {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    'pglite-dir': { type: 'string', default: path.join(os.tmpdir(), 'sp-bench-pglite') },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const cases = Number(o.cases);
const seconds = Number(o.duration);
const connections = Number(o.connections);
const warmup = Math.max(1, Math.min(3, Math.round(seconds / 3)));
const backends =
  o.backend === 'both' ? (['postgres', 'pglite'] as const) : [o.backend as 'postgres' | 'pglite'];
const say = (msg: string) => process.stdout.write(`${msg}\n`);
const started = performance.now();

say('build: tsc -b packages/domain apps/api');
const tsc = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'packages/domain', 'apps/api'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(1);

async function runBackend(backend: 'postgres' | 'pglite'): Promise<Report> {
  const target: Target =
    backend === 'postgres' ? { backend, adminUrl: o.pg! } : { backend, dataDir: o['pglite-dir']! };
  const notes: string[] = o['api-node-options']
    ? [`API started with NODE_OPTIONS=${o['api-node-options']}.`]
    : [];
  say(`\n== ${backend}, ${cases} cases`);
  if (!(o.reuse && (backend === 'postgres' || existsSync(o['pglite-dir']!)))) {
    const r = await loadDataset(target, { cases, asOf: benchNow(), log: say });
    notes.push(
      `Loaded ${r.cases.toLocaleString('en-US')} cases and ${r.events.toLocaleString('en-US')} events in ${r.seconds.toFixed(0)} s (${r.byState}).`,
    );
  }
  const prep = await withDb(target, async (q) => {
    const p = await prepare(q);
    return { ...p, floorSweep: p.overdue > 0 ? await floorSweep(q, p.asOf) : null };
  });
  const env: Record<string, string> =
    backend === 'postgres'
      ? { DATABASE_URL: benchUrl(o.pg!), DATA_DIR: path.join(os.tmpdir(), 'sp-bench-files') }
      : { DATABASE_URL: '', DATA_DIR: o['pglite-dir']! };
  const load = { connections, seconds, warmup };

  say('floor: starting');
  const floor = await startServer({
    args: ['--conditions=development', '--import', 'tsx', path.join(root, 'bench/floor.ts')],
    env,
    port: 3998,
    readyPath: '/floor/health',
  });
  const fl: Record<string, Figures> = {};
  try {
    const floorRun = async (requests: Request[]) => {
      const figures = await hammer({ url: floor.url, pid: floor.pid, ...load, requests });
      await drain(floor.url, '/floor/health');
      return figures;
    };
    for (const kind of ['filter', 'number', 'keyword'] as const)
      fl[kind] = await floorRun(S.floorList(kind, prep));
    fl.get = await floorRun(S.floorGet(prep));
    fl.transition = await floorRun(S.floorTransitions(prep));
  } finally {
    await floor.stop();
  }

  say('api: starting (production build)');
  const api = await startServer({
    args: [path.join(root, 'apps/api/dist/server.js')],
    env: {
      ...env,
      SEED_DEMO: '0',
      SUPERVISION_TEST_CLOCK: '1',
      SWEEP_INTERVAL_MS: '3600000',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: o['api-node-options']!,
    },
    port: 3997,
    readyPath: '/api/health',
  });
  const rows: Row[] = [];
  let sweep = { seconds: 0, referred: 0, again: -1, rss: 0 };
  let hwm = 0;
  try {
    const as = (u: string) => login(api.url, u, DEMO_PASSWORD);
    const crew = {
      staff: await Promise.all(['staff1', 'staff2', 'staff3', 'staff4'].map(as)),
      directors: await Promise.all(['director1', 'director2'].map(as)),
      leaders: await Promise.all(Array.from({ length: 8 }, (_, i) => as(`unit${i + 1}.leader`))),
    };
    const clock = await call(`${api.url}/api/test/clock`, 'POST', { now: prep.asOf.toISOString() });
    if (clock.status !== 200) throw new Error(`test clock: ${clock.status}`);
    const measure = async (label: string, requests: Request[], floorFigures: Figures | null) => {
      api.resetPeak();
      const figures = await hammer({ url: api.url, pid: api.pid, ...load, requests });
      const drained = await drain(api.url, '/api/health');
      if (drained > 1)
        notes.push(`${label}: the server needed ${drained.toFixed(0)} s to finish queued requests.`);
      rows.push({ label, api: figures, floor: floorFigures, rssMb: api.rssPeak() });
      say(
        `  ${label}: ${figures.rps.toFixed(0)} req/s, p95 ${figures.p95.toFixed(1)} ms, ${figures.errors} errors`,
      );
    };
    const staff = crew.staff[0]!;
    for (const kind of ['filter', 'number', 'keyword'] as const)
      await measure(S.LIST_LABEL[kind], S.apiList(kind, prep, staff), fl[kind]!);
    await measure('get by id', S.apiGet(prep, staff), fl.get!);
    const counter = { started: 0, closed: 0 };
    await measure(
      'lifecycle (7 writes per case) vs floor transition',
      S.lifecycle(crew, counter),
      fl.transition!,
    );
    notes.push(`Lifecycle: ${counter.closed} cases taken from registration to CLOSED (warm-up included).`);
    api.resetPeak();
    if (prep.overdue > 0) {
      const first = await call(`${api.url}/api/test/sweep`, 'POST', undefined, staff.cookie);
      const again = await call(`${api.url}/api/test/sweep`, 'POST', undefined, staff.cookie);
      const referred = Number(first.json.referred);
      sweep = { seconds: first.ms / 1000, referred, again: Number(again.json.referred), rss: api.rssPeak() };
    }
    hwm = api.hwm();
    notes.push(
      `API RSS high-water mark (VmHWM) over the whole run, start-up included: ${hwm.toFixed(0)} MB.`,
    );
  } catch (e) {
    say(api.output());
    throw e;
  } finally {
    await api.stop();
  }
  const problems =
    prep.overdue > 0 ? await withDb(target, (q) => checkSweep(q, prep.asOf, prep.overdue)) : [];
  const fs = prep.floorSweep;
  if (prep.overdue === 0)
    notes.push('Sweep not measured: nothing is overdue any more (reload without --reuse).');
  else
    notes.push(
      `Sweep of ${prep.overdue.toLocaleString('en-US')} overdue cases: ${sweep.seconds.toFixed(2)} s, ${sweep.referred} referred, ` +
        `a second sweep referred ${sweep.again}; RSS peak ${sweep.rss.toFixed(0)} MB. ` +
        (fs
          ? `Floor (one UPDATE + one INSERT … SELECT, rolled back): ${fs.seconds.toFixed(2)} s for ${fs.referred}. `
          : '') +
        (problems.length === 0
          ? 'Checked after: one refer_overdue event per case, none left overdue, hash chains of 300 swept cases intact.'
          : `PROBLEMS: ${problems.slice(0, 5).join('; ')}`),
    );
  return {
    backend,
    cases,
    connections,
    seconds,
    rows,
    notes,
    dbVersion: `PostgreSQL ${prep.version}`,
    when: new Date(),
    sweep:
      prep.overdue > 0
        ? {
            seconds: sweep.seconds,
            overdue: prep.overdue,
            exactlyOnce: problems.length === 0 && sweep.again === 0,
          }
        : null,
    rssHwmMb: hwm,
  };
}

const reports: Report[] = [];
for (const backend of backends) reports.push(await runBackend(backend));
for (const r of reports) {
  say(
    `\n${r.backend}, ${r.cases} cases\n${renderTable(r)}\n${targets(r)}\n${r.notes.map((n) => `- ${n}`).join('\n')}`,
  );
  if (!o['no-doc']) writeDoc(path.join(root, 'docs/performance.md'), r);
}
say(`\nbench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
