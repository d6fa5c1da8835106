import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { call, login } from './http.ts';
import { benchNow, benchUrl, DEMO_PASSWORD, loadDataset, type Target } from './load.ts';
import { type Server, startServer } from './proc.ts';

// `tsx --conditions=development bench/export.ts [--cases 100000] [--backend postgres|pglite]
//   [--reuse] [--api-node-options=--max-old-space-size=256]`: loads the bench data set, then
// downloads GET /api/cases/export.xlsx of every case (as staff: reporter columns included) and
// GET /api/stats + /api/stats/export.xlsx, and prints the time, the size and the API's RSS peak.
// Numbers only: nothing here is a timed test. Use BENCH_DB=sp_bench_<you> on a shared machine.

const { values: o } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    backend: { type: 'string', default: 'postgres' },
    reuse: { type: 'boolean', default: false },
    'api-node-options': { type: 'string', default: '' },
    pg: {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    'pglite-dir': { type: 'string', default: path.join(os.tmpdir(), 'sp-bench-export-pglite') },
    port: { type: 'string', default: '3996' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const say = (msg: string) => process.stdout.write(`${msg}\n`);
const backend = o.backend as 'postgres' | 'pglite';
const target: Target =
  backend === 'postgres' ? { backend, adminUrl: o.pg! } : { backend, dataDir: o['pglite-dir']! };

/** Downloads a URL, counting bytes without keeping them. */
function download(url: string, cookie: string): Promise<{ status: number; bytes: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        let bytes = 0;
        res.on('data', (b: Buffer) => {
          bytes += b.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, bytes, seconds: (performance.now() - started) / 1000 }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

if (!o.reuse) {
  say(`load: ${o.cases} cases into ${backend}`);
  const r = await loadDataset(target, { cases: Number(o.cases), asOf: benchNow(), log: say });
  say(`loaded ${r.cases} cases, ${r.events} events in ${r.seconds.toFixed(0)} s`);
}

const env: Record<string, string> =
  backend === 'postgres'
    ? { DATABASE_URL: benchUrl(o.pg!), DATA_DIR: path.join(os.tmpdir(), 'sp-bench-export-files') }
    : { DATABASE_URL: '', DATA_DIR: o['pglite-dir']! };
const dist = path.join(root, 'apps/api/dist/server.js');
const api: Server = await startServer({
  args: [dist],
  env: {
    ...env,
    SEED_DEMO: '0',
    SUPERVISION_TEST_CLOCK: '1',
    SWEEP_INTERVAL_MS: '3600000',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: o['api-node-options']!,
  },
  port: Number(o.port),
  readyPath: '/api/health',
});
try {
  const staff = await login(api.url, 'staff1', DEMO_PASSWORD);
  const director = await login(api.url, 'director1', DEMO_PASSWORD);
  await call(`${api.url}/api/test/clock`, 'POST', { now: benchNow().toISOString() });
  const idle = api.rssPeak();
  api.resetPeak();
  const cases = await download(`${api.url}/api/cases/export.xlsx`, staff.cookie);
  const exportPeak = api.rssPeak();
  api.resetPeak();
  const stats = await call(`${api.url}/api/stats`, 'GET', undefined, director.cookie);
  const statsPeak = api.rssPeak();
  const statsXlsx = await download(`${api.url}/api/stats/export.xlsx`, director.cookie);
  say(
    `\n${backend}, ${o.cases} cases${o['api-node-options'] ? ` (API NODE_OPTIONS=${o['api-node-options']})` : ''}`,
  );
  say(`- API RSS before the exports: ${idle.toFixed(0)} MB`);
  say(
    `- GET /api/cases/export.xlsx (all cases): ${cases.status}, ${(cases.bytes / 1_048_576).toFixed(1)} MB in ${cases.seconds.toFixed(1)} s; RSS peak ${exportPeak.toFixed(0)} MB`,
  );
  say(
    `- GET /api/stats (all time): ${stats.status} in ${(stats.ms / 1000).toFixed(1)} s; RSS peak ${statsPeak.toFixed(0)} MB`,
  );
  say(
    `- GET /api/stats/export.xlsx: ${statsXlsx.status}, ${statsXlsx.bytes} bytes in ${statsXlsx.seconds.toFixed(1)} s`,
  );
  say(`- API RSS high-water mark (VmHWM), start-up included: ${api.hwm().toFixed(0)} MB`);
} catch (e) {
  say(api.output());
  throw e;
} finally {
  await api.stop();
}
