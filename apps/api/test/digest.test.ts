import { DIGEST_WORKING_DAYS, digestDay, type TAdminUser, type TPage } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type CaseBody, caseIn } from './flows.ts';
import {
  createTestApp,
  type DemoUser,
  expectProblem,
  expectStatus,
  onPostgres,
  type Response,
  type TestApp,
} from './helper.ts';
import { type CaughtMail, type SmtpCatcher, startSmtpCatcher } from './smtp-catcher.ts';

// The daily e-mail digest (issue 11, api-contract v2 "Notifications"): against a local SMTP
// catcher on loopback (SMTP_URL), never the network. Who gets which case is the domain's
// (canViewCase, digestDeadlineKinds); here, over the wire, that a unit hears only of its own
// unit, that a day's digest goes out once however often (or on however many instances) the job
// runs, that no reporter identity is ever mailed, and that a mail server that is down is
// survived and retried.

const DAY_MS = 86_400_000;
const REPORTER = { name: '王秘密', phone: '13912345678' };
const EMAIL: Partial<Record<DemoUser, string>> = {
  staff: 'staff@sp.test',
  'unit1.handler': 'unit1.handler@sp.test',
  'unit2.leader': 'unit2.leader@sp.test',
};

type DigestResult = { sent: number; empty: number; failed: number };

let smtp: SmtpCatcher;
let t: TestApp;
let unit1Case: CaseBody;
let unit2Case: CaseBody;

async function userId(username: string): Promise<string> {
  return (await t.prisma.user.findUniqueOrThrow({ where: { username } })).id;
}

async function runDigest(app: TestApp = t): Promise<DigestResult> {
  return expectStatus<DigestResult>(await app.inject({ method: 'POST', url: '/api/test/digest' }), 200);
}

const mailsTo = (address: string, mails: CaughtMail[] = smtp.mails) =>
  mails.filter((m) => m.to.includes(address));

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  t = await createTestApp({ smtpUrl: smtp.url, smtpFrom: '执法监督+ <digest@sp.test>' });
  const admin = await t.as('admin');
  for (const [username, email] of Object.entries(EMAIL))
    expectStatus(await admin.patch(`/api/admin/users/${await userId(username)}`, { email }), 200);
  const reported = { source: 'PUBLIC_COMPLAINT', reporter: REPORTER };
  unit1Case = await caseIn(t, 'AWAITING_REPLY', { ...reported, title: '一号单位罚款未出具票据' });
  unit2Case = await caseIn(t, 'AWAITING_REPLY', { ...reported, unit: 'unit2', title: '二号单位扣押未登记' });
  // The morning of the working day before both replies are due: inside the digest's horizon.
  const due = new Date(unit1Case.dueAt!);
  expect(unit2Case.dueAt).toBe(unit1Case.dueAt);
  t.setNow(new Date(due.getTime() - DAY_MS - 12 * 3_600_000));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('users’ e-mail (admin)', () => {
  it('is kept, listed and cleared by the administrator; a malformed one is 400 and changes nothing', async () => {
    const admin = await t.as('admin');
    const page = expectStatus<TPage<TAdminUser>>(await admin.get('/api/admin/users?q=unit1.handler'), 200);
    expect(page.items.find((u) => u.username === 'unit1.handler')?.email).toBe(EMAIL['unit1.handler']);
    const id = await userId('unit1.handler');
    const bad = expectProblem(await admin.patch(`/api/admin/users/${id}`, { email: 'not-an-address' }), 400);
    expect(bad.code).toBe('VALIDATION');
    const created = expectStatus<{ user: { id: string; email: string | null } }>(
      await admin.post('/api/admin/users', {
        username: 'mail.test',
        displayName: '邮件测试',
        role: 'CENTER_STAFF',
        email: '  mail.test@sp.test ',
      }),
      201,
    );
    expect(created.user.email).toBe('mail.test@sp.test');
    const cleared = expectStatus<{ email: string | null }>(
      await admin.patch(`/api/admin/users/${created.user.id}`, { email: '' }),
      200,
    );
    expect(cleared.email).toBeNull();
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id } })).email).toBe(EMAIL['unit1.handler']);
  });
});

describe('POST /api/test/digest (the daily digest job)', () => {
  it('mails each user with an e-mail their 待办 and the deadlines in their scope, nothing of the reporter', async () => {
    const before = smtp.mails.length;
    const result = await runDigest();
    const mails = smtp.mails.slice(before);
    expect(result.failed).toBe(0);
    expect(mails).toHaveLength(result.sent);
    // only the addresses the administrator entered, each once
    expect(new Set(mails.flatMap((m) => m.to))).toEqual(new Set(Object.values(EMAIL)));
    for (const address of Object.values(EMAIL)) expect(mailsTo(address, mails)).toHaveLength(1);

    const [staff] = mailsTo(EMAIL.staff!, mails);
    const [unit1] = mailsTo(EMAIL['unit1.handler']!, mails);
    const [unit2] = mailsTo(EMAIL['unit2.leader']!, mails);
    // the center watches every unit's reply; each unit only its own
    for (const c of [unit1Case, unit2Case]) expect(staff!.text).toContain(c.number);
    expect(unit1!.text).toContain(unit1Case.number);
    expect(unit1!.text).not.toContain(unit2Case.number);
    expect(unit2!.text).toContain(unit2Case.number);
    expect(unit2!.text).not.toContain(unit1Case.number);
    // the unit's 待办: the notice it received (approve_notice), with the title
    expect(unit1!.text).toContain('签发通知书');
    expect(unit1!.text).toContain(unit1Case.title);
    for (const m of mails) {
      expect(m.subject).toMatch(/待办.*Daily digest/);
      expect(m.text).toContain(`${DIGEST_WORKING_DAYS} 个工作日内`);
      expect(m.html).toContain(m === unit1 ? unit1Case.number : '<ul>');
      expect(m.raw).toContain('digest@sp.test');
      for (const secret of [REPORTER.name, REPORTER.phone]) {
        expect(m.text).not.toContain(secret);
        expect(m.html).not.toContain(secret);
      }
    }
    const day = digestDay(t.clock.now());
    expect(await t.prisma.digestRun.count({ where: { day, status: 'SENT' } })).toBe(result.sent);
  });

  it('sends nothing more the same day, however often it runs (also two runs at once)', async () => {
    const before = smtp.mails.length;
    const [a, b] = await Promise.all([runDigest(), runDigest()]);
    expect(await runDigest()).toEqual({ sent: 0, empty: 0, failed: 0 });
    expect(a).toEqual({ sent: 0, empty: 0, failed: 0 });
    expect(b).toEqual({ sent: 0, empty: 0, failed: 0 });
    expect(smtp.mails.length).toBe(before);
  });

  it('survives a mail server that is down (no crash, claims given back) and sends on the next run', async () => {
    t.advance(DAY_MS); // the next day: new digests are due
    const day = digestDay(t.clock.now());
    await smtp.close();
    const before = smtp.mails.length;
    try {
      const failed = await runDigest();
      expect(failed.sent).toBe(0);
      expect(failed.failed).toBeGreaterThan(0);
      // the failed claims were given back; nothing is marked as sent
      expect(await t.prisma.digestRun.count({ where: { day, status: { in: ['SENDING', 'SENT'] } } })).toBe(0);
      // the server is still up
      expectStatus(await t.inject({ method: 'GET', url: '/api/health' }), 200);
    } finally {
      await smtp.reopen();
    }
    const retried = await runDigest();
    expect(retried.failed).toBe(0);
    expect(retried.sent).toBeGreaterThan(0);
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(retried.sent);
    expect(mailsTo(EMAIL['unit1.handler']!, mails)[0]?.text).toContain(unit1Case.number);
    expect(await runDigest()).toEqual({ sent: 0, empty: 0, failed: 0 });
  });

  it('leaves out whoever has no e-mail, is deactivated, or has nothing to be told', async () => {
    t.advance(DAY_MS);
    const admin = await t.as('admin');
    expectStatus(
      await admin.patch(`/api/admin/users/${await userId('unit2.leader')}`, { active: false }),
      200,
    );
    expectStatus(
      await admin.patch(`/api/admin/users/${await userId('supervisor')}`, { email: 'supervisor@sp.test' }),
      200,
    );
    try {
      const before = smtp.mails.length;
      const result = await runDigest();
      const to = smtp.mails.slice(before).flatMap((m) => m.to);
      expect(to).not.toContain(EMAIL['unit2.leader']);
      // a special supervisor watches no deadlines and, here, has no unread 待办: no mail, marked EMPTY
      expect(to).not.toContain('supervisor@sp.test');
      expect(result.empty).toBeGreaterThanOrEqual(1);
      const row = await t.prisma.digestRun.findFirstOrThrow({
        where: { userId: await userId('supervisor'), day: digestDay(t.clock.now()) },
      });
      expect(row.status).toBe('EMPTY');
    } finally {
      expectStatus(
        await admin.patch(`/api/admin/users/${await userId('unit2.leader')}`, { active: true }),
        200,
      );
    }
  });

  it.skipIf(!onPostgres)('two instances sharing PostgreSQL send each user’s digest once', async () => {
    t.advance(DAY_MS);
    const second = await createTestApp({ database: t.database, prepare: false, smtpUrl: smtp.url });
    try {
      second.setNow(t.clock.now());
      const before = smtp.mails.length;
      const [a, b] = await Promise.all([runDigest(t), runDigest(second)]);
      const mails = smtp.mails.slice(before);
      expect(a.failed + b.failed).toBe(0);
      expect(mails).toHaveLength(a.sent + b.sent);
      const to = mails.flatMap((m) => m.to);
      expect(new Set(to).size).toBe(to.length);
      expect(to).toEqual(expect.arrayContaining(Object.values(EMAIL)));
    } finally {
      await second.close();
    }
  });
});

describe('without SMTP_URL', () => {
  it('sends nothing and fails nothing', async () => {
    // A second instance on the same database, configured without SMTP_URL.
    const { app } = await buildApp({
      config: { dataDir: t.dataDir, testClock: true, publicReportsPerMinute: 30, logLevel: 'silent' },
      db: t.db,
      clock: t.clock,
      webDist: null,
      logger: false,
    });
    try {
      t.advance(DAY_MS);
      const before = { mails: smtp.mails.length, runs: await t.prisma.digestRun.count() };
      const res = await app.inject({ method: 'POST', url: '/api/test/digest' });
      expect(expectStatus(res as Response, 200)).toEqual({ sent: 0, empty: 0, failed: 0 });
      expect(await t.prisma.digestRun.count()).toBe(before.runs);
      expect(smtp.mails.length).toBe(before.mails);
    } finally {
      await app.close();
    }
  });
});
