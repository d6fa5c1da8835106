import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROBLEM_CODES } from '@sp/domain';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { expect } from 'vitest';
import { SAMPLE_IDS } from '../../../packages/domain/test/action-spec.ts';
import { type BuiltApp, buildApp } from '../src/app.ts';
import { type Database, isPostgresUrl, openDatabase } from '../src/db/database.ts';
import { runMigrations } from '../src/db/migrate.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { type Clock, createClock } from '../src/lib/clock.ts';
import { DEMO_OFFICERS, DEMO_PASSWORD, DEMO_UNITS, seedDemo } from '../src/seeds/demo-data.ts';
import { loadReferenceCalendar } from '../src/seeds/reference-data.ts';

// One fresh app on one fresh database per test file (or per test where a test needs it):
// an in-memory PGlite by default; a throw-away database `sp_test_<random>` on the server of
// TEST_DATABASE_URL when that is set. Real database, real services; only the clock is ours.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const onPostgres = isPostgresUrl(TEST_DATABASE_URL);

/** Monday 2 March 2026, 10:00 in Shanghai: a plain working week, far from any holiday. */
export const FIXED_NOW = new Date('2026-03-02T02:00:00.000Z');

export const DEMO_USERNAMES = [
  'admin',
  'staff',
  'director',
  'unit1.handler',
  'unit1.leader',
  'unit2.handler',
  'unit2.leader',
  'supervisor',
  'discipline',
  'government',
] as const;
export type DemoUser = (typeof DEMO_USERNAMES)[number];

export type Response = LightMyRequestResponse;

/** A database the tests may open (several times, for several instances) and must drop after. */
export type TestDatabase = {
  kind: 'pglite' | 'postgres';
  url: string | undefined;
  open(poolMax?: number): Promise<Database>;
  drop(): Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    // PGlite in memory: every open() is a new, empty database, so open it once per app.
    return {
      kind: 'pglite',
      url: undefined,
      open: () => openDatabase({ dataDir: 'memory://test' }),
      drop: async () => {},
    };
  }
  const name = `sp_test_${randomBytes(8).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    open: (poolMax = 10) => openDatabase({ databaseUrl: url.toString(), dataDir: 'unused', poolMax }),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type TestAppOptions = {
  /** Build with the test clock routes (default true). */
  testClock?: boolean;
  /** Share a database with another test app (several instances); the creator drops it. */
  database?: TestDatabase;
  /** Migrate, load the calendar and seed demo data (default true; false for a second instance). */
  prepare?: boolean;
  /** A web build folder to serve (default none), and TRUST_PROXY as parsed (default false). */
  webDist?: string;
  trustProxy?: boolean | string[];
  /** Live streams' heartbeat (default the app's 15 s). */
  liveHeartbeatMs?: number;
  /** Lower the .xlsx export cap (to test the 413 without 200,000 cases). */
  exportMaxRows?: number;
  /** SMTP_URL (a catcher on loopback) and SMTP_FROM for the e-mail digest. */
  smtpUrl?: string;
  smtpFrom?: string;
};

export type Client = {
  cookie: string;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  /** Takes an action at the case's current version (read from the database). */
  act(caseId: string, action: string, payload?: Record<string, unknown>): Promise<Response>;
};

export type TestApp = {
  app: FastifyInstance;
  services: BuiltApp['services'];
  db: Database;
  prisma: PrismaClient;
  database: TestDatabase;
  clock: Clock;
  dataDir: string;
  fixedNow: Date;
  unitIds: { unit1: string; unit2: string };
  inject(opts: InjectOptions): Promise<Response>;
  login(username: string, password?: string): Promise<string>;
  as(username: DemoUser): Promise<Client>;
  setNow(instant: Date): void;
  advance(ms: number): void;
  version(caseId: string): Promise<number>;
  close(): Promise<void>;
};

export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = opts.database === undefined;
  const database = opts.database ?? (await createTestDatabase());
  const db = await database.open();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sp-api-test-'));
  const clock = createClock();
  clock.set(FIXED_NOW);
  try {
    if (opts.prepare ?? true) {
      await runMigrations(db);
      await loadReferenceCalendar(db.prisma);
      await seedDemo(db.prisma, FIXED_NOW);
    }
    const { app, services } = await buildApp({
      config: {
        dataDir,
        testClock: opts.testClock ?? true,
        publicReportsPerMinute: 30,
        logLevel: 'silent',
        trustProxy: opts.trustProxy ?? false,
        ...(opts.exportMaxRows ? { exportMaxRows: opts.exportMaxRows } : {}),
        ...(opts.smtpUrl ? { smtpUrl: opts.smtpUrl } : {}),
        ...(opts.smtpFrom ? { smtpFrom: opts.smtpFrom } : {}),
      },
      db,
      clock,
      webDist: opts.webDist ?? null,
      logger: false,
      ...(opts.liveHeartbeatMs ? { liveHeartbeatMs: opts.liveHeartbeatMs } : {}),
    });
    await app.ready();
    const units = await db.prisma.unit.findMany({ where: { name: { in: DEMO_UNITS.slice(0, 2) } } });
    const unitId = (name: string) => units.find((u) => u.name === name)!.id;
    const cookies = new Map<string, string>();
    const inject = (o: InjectOptions) => app.inject(o) as Promise<Response>;
    const version = async (caseId: string) =>
      (await db.prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;

    async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
      const res = await inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const session = res.cookies.find((c) => c.name === 'sp_session');
      if (!session) throw new Error(`login ${username}: no session cookie`);
      return `sp_session=${session.value}`;
    }

    // A spec's sample names the staff member and a registry officer by stand-in ids (domain
    // test/action-spec.ts): the demo staff user and the demo officer 马立新 (unit 1's).
    // merge / link_related name another open case of the same unit (a demo case, or one made here).
    const withRealIds = async (payload: Record<string, unknown>, caseId: string) => {
      const values = Object.values(payload).flat();
      if (values.includes(SAMPLE_IDS.otherCase)) {
        const own = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
        const other = await db.prisma.case.findFirst({
          where: { unitId: own.unitId, id: { not: caseId }, state: { not: 'CLOSED' } },
          orderBy: { createdAt: 'asc' },
        });
        if (!other) throw new Error('no other open case of the unit to merge into or link');
        payload = Object.fromEntries(
          Object.entries(payload).map(([k, v]) => [k, v === SAMPLE_IDS.otherCase ? other.id : v]),
        );
      }
      if (values.includes(SAMPLE_IDS.unit))
        payload = Object.fromEntries(
          Object.entries(payload).map(([k, v]) => [k, v === SAMPLE_IDS.unit ? unitId(DEMO_UNITS[0]!) : v]),
        );
      if (!values.includes(SAMPLE_IDS.staff) && !values.includes(SAMPLE_IDS.officer)) return payload;
      const staff = await db.prisma.user.findUniqueOrThrow({ where: { username: 'staff' } });
      const officer = await db.prisma.officer.findUniqueOrThrow({
        where: { certificateNo: DEMO_OFFICERS[0].certificateNo },
      });
      const real = (v: unknown) =>
        v === SAMPLE_IDS.staff ? staff.id : v === SAMPLE_IDS.officer ? officer.id : v;
      return Object.fromEntries(
        Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? v.map(real) : real(v)]),
      );
    };

    const t: TestApp = {
      app,
      services,
      db,
      prisma: db.prisma,
      database,
      clock,
      dataDir,
      fixedNow: FIXED_NOW,
      unitIds: { unit1: unitId(DEMO_UNITS[0]!), unit2: unitId(DEMO_UNITS[1]!) },
      inject,
      login,
      async as(username) {
        let cookie = cookies.get(username);
        if (!cookie) {
          cookie = await login(username);
          cookies.set(username, cookie);
        }
        const headers = { cookie };
        return {
          cookie,
          get: (url) => inject({ method: 'GET', url, headers }),
          post: (url, body) =>
            inject({ method: 'POST', url, headers, payload: body as InjectOptions['payload'] }),
          put: (url, body) =>
            inject({ method: 'PUT', url, headers, payload: body as InjectOptions['payload'] }),
          patch: (url, body) =>
            inject({ method: 'PATCH', url, headers, payload: body as InjectOptions['payload'] }),
          act: async (caseId, action, payload = {}) =>
            inject({
              method: 'POST',
              url: `/api/cases/${caseId}/actions`,
              headers,
              payload: { action, version: await version(caseId), ...(await withRealIds(payload, caseId)) },
            }),
        };
      },
      setNow: (instant) => clock.set(instant),
      advance: (ms) => clock.set(new Date(clock.now().getTime() + ms)),
      version,
      async close() {
        await app.close();
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
        if (ownsDatabase) await database.drop();
      },
    };
    return t;
  } catch (error) {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
    if (ownsDatabase) await database.drop();
    throw error;
  }
}

/** The body of a JSON response (throws with the body when it is not JSON). */
export function json<T = Record<string, unknown>>(res: Response): T {
  try {
    return JSON.parse(res.body) as T;
  } catch {
    throw new Error(`not JSON (${res.statusCode}): ${res.body.slice(0, 300)}`);
  }
}

/** Asserts the status, explaining the body when it differs; returns the JSON body. */
export function expectStatus<T = Record<string, unknown>>(res: Response, status: number): T {
  expect(res.statusCode, `${res.statusCode}: ${res.body.slice(0, 500)}`).toBe(status);
  return res.body.length > 0 ? json<T>(res) : (undefined as T);
}

/** Asserts an RFC 9457 problem+json answer with this status. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  /** The domain's refusal reason, when the domain refused. */
  reason?: string;
  detail: string;
  errors?: { path: string; message: string }[];
};

export function expectProblem(res: Response, status: number): Problem {
  const body = expectStatus<Problem>(res, status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    code: expect.any(String),
    detail: expect.any(String),
  });
  expect(PROBLEM_CODES).toContain(body.code);
  expect(body.title.length).toBeGreaterThan(0);
  return body;
}
