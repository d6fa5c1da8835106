import http from 'node:http';
import os from 'node:os';
import autocannon, { type Context, type RawRequest, type Request } from 'autocannon';
import { cpuMs, machineCpu } from './proc.ts';

// HTTP load from this process (the server under test is another process) with autocannon, and
// the few plain calls the bench makes itself (login, test clock, sweep).

export type Figures = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU time the server process spent per request, ms. */
  cpuMsPerReq: number;
  /** Share of the machine's CPU used by other people's processes meanwhile, %. */
  otherLoad: number;
};

const pct = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Runs `requests` (one cycle per connection, repeated) for `seconds` after a short unrecorded
 * warm-up. Errors = non-2xx answers + socket errors and timeouts.
 */
export async function hammer(opts: {
  url: string;
  connections: number;
  seconds: number;
  warmup?: number;
  requests: Request[];
  /** The server under test (for its CPU time). */
  pid: number;
}): Promise<Figures> {
  if (opts.warmup) await autocannon({ ...base(opts), duration: opts.warmup });
  const cpu0 = cpuMs(opts.pid);
  const m0 = machineCpu([process.pid, opts.pid]);
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({ ...base(opts), duration: opts.seconds });
  instance.on('response', (_c, status, _bytes, ms) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) errors++;
  });
  const result = await instance;
  const m1 = machineCpu([process.pid, opts.pid]);
  const other = m1.busy - m0.busy - (m1.ours - m0.ours);
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    seconds: result.duration,
    rps: sorted.length / result.duration,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    errors: errors + result.errors,
    cpuMsPerReq: (cpuMs(opts.pid) - cpu0) / Math.max(1, sorted.length),
    otherLoad: Math.max(0, (100 * other) / (result.duration * 1000 * os.cpus().length)),
  };
}

function base(opts: { url: string; connections: number; requests: Request[] }) {
  return { url: opts.url, connections: opts.connections, requests: opts.requests, timeout: 30 };
}

/** A request whose method, path, cookie and JSON body are decided when it is sent. */
export function step(
  build: (ctx: Context) => { method?: string; path: string; cookie?: string; json?: unknown } | null,
  onJson?: (status: number, json: Record<string, unknown>, ctx: Context) => void,
): Request {
  return {
    setupRequest: (req: RawRequest, ctx: Context) => {
      const b = build(ctx);
      if (!b) return null;
      const headers: Record<string, string> = { ...(b.cookie ? { cookie: b.cookie } : {}) };
      if (b.json !== undefined) headers['content-type'] = 'application/json';
      return {
        ...req,
        method: b.method ?? 'GET',
        path: b.path,
        headers,
        ...(b.json !== undefined ? { body: JSON.stringify(b.json) } : {}),
      };
    },
    ...(onJson
      ? {
          onResponse: (status: number, body: string, ctx: Context) => {
            let json: Record<string, unknown> = {};
            try {
              json = JSON.parse(body) as Record<string, unknown>;
            } catch {}
            onJson(status, json, ctx);
          },
        }
      : {}),
  };
}

/** One plain request (node:http, so a long sweep is not cut off by fetch's timeouts). */
export function call(
  url: string,
  method: string,
  body?: unknown,
  cookie?: string,
): Promise<{ status: number; json: Record<string, unknown>; cookie: string | null; ms: number }> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => {
          const setCookie = res.headers['set-cookie']?.[0];
          resolve({
            status: res.statusCode ?? 0,
            json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
            cookie: setCookie ? setCookie.split(';')[0]! : null,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Waits (at most `maxMs`) until the server answers `path` quickly again: a scenario whose
 * requests outlive it (slow queries still queued on the server) must not spill into the next.
 */
export async function drain(url: string, path: string, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 3 && performance.now() - started < maxMs) {
    const res = await call(url + path, 'GET').catch(() => ({ ms: Number.POSITIVE_INFINITY }));
    quick = res.ms < 50 ? quick + 1 : 0;
    if (quick < 3) await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - started) / 1000;
}

export type Session = { cookie: string; id: string; unitId: string | null };

export async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await call(`${base}/api/auth/login`, 'POST', { username, password });
  if (res.status !== 200 || !res.cookie) throw new Error(`login ${username}: ${res.status}`);
  const user = res.json.user as { id: string; unitId: string | null };
  return { cookie: res.cookie, id: user.id, unitId: user.unitId };
}
