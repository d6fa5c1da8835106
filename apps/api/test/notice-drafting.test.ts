import { noticeDeadlineSentence, shanghaiDate } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, createCase, getCase, getEvents, PAYLOADS, rowCounts, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, FIXED_NOW, type TestApp } from './helper.ts';

// Issue 10 (docs10): what a returned draft keeps, what the preview promises against what is
// issued, how a withdrawn notice and a running deadline are stated, and a future 发生日期.

const DAY = 86_400_000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const publicReport = (payload: Record<string, unknown>) =>
  t.inject({ method: 'POST', url: '/api/public/reports', payload });

describe('退回修改', () => {
  it('keeps the draft with the director’s comment until staff draft again; never shown to the unit', async () => {
    t.setNow(FIXED_NOW);
    const c = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    const pending = await getCase(t, 'director', c.id);
    expect(pending.draftReturn).toBeNull();
    const comment = '法律依据请补充具体条款';
    const returned = await step(t, 'director', c.id, 'return_draft', { comment });
    expect(returned.draftReturn).toEqual({ comment, at: FIXED_NOW.toISOString() });
    const seen = await getCase(t, 'staff', c.id);
    expect(seen.draftNotice).toMatchObject({
      findings: PAYLOADS.draft_notice.findings,
      legalBasis: PAYLOADS.draft_notice.legalBasis,
    });
    expect(seen.draftReturn?.comment).toBe(comment);
    const unit = await (await t.as('unit1.leader')).get(`/api/cases/${c.id}`);
    expect([200, 404]).toContain(unit.statusCode);
    if (unit.statusCode === 200) {
      const body = expectStatus<typeof seen>(unit, 200);
      expect(body.draftReturn).toBeUndefined();
      expect(body.draftNotice).toBeUndefined();
    }
    const redrafted = await step(t, 'staff', c.id, 'draft_notice', {
      ...PAYLOADS.draft_notice,
      legalBasis: '《行政执法监督条例》第二十六条第一款',
    });
    expect(redrafted.draftReturn).toBeNull();
    expect(redrafted.draftNotice?.legalBasis).toBe('《行政执法监督条例》第二十六条第一款');
  });
});

describe('the preview the director signs', () => {
  it('states the due date counted as of signing, word for word what is issued', async () => {
    t.setNow(FIXED_NOW);
    const c = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    // The director signs two days later: the preview read then counts from then.
    t.setNow(new Date(FIXED_NOW.getTime() + 2 * DAY));
    const preview = await getCase(t, 'director', c.id);
    const draft = preview.draftNotice!;
    const previewSentence = noticeDeadlineSentence({ ...draft, dueAt: draft.dueAtIfSignedNow });
    expect(previewSentence).toMatch(/^请于\d{4}年\d{1,2}月\d{1,2}日前（\d+(个工作日|日)内）/);
    const issued = await step(t, 'director', c.id, 'approve_notice', {});
    const dueAt = (await getEvents(t, 'director', c.id)).at(-1)!.data.dueAt as string;
    expect(issued.deadline?.dueAt).toBe(draft.dueAtIfSignedNow);
    expect(dueAt).toBe(draft.dueAtIfSignedNow);
    expect(noticeDeadlineSentence({ ...issued.notice!, dueAt })).toBe(previewSentence);
    // Counted from the signing, not from the drafting two days before.
    const draftedThen = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    t.setNow(FIXED_NOW);
    const early = (await getCase(t, 'director', draftedThen.id)).draftNotice!;
    expect(Date.parse(early.dueAtIfSignedNow)).toBeLessThan(Date.parse(draft.dueAtIfSignedNow));
  });
});

describe('a notice’s standing and its running deadline', () => {
  it('is in force while it runs and withdrawn after an upheld objection', async () => {
    t.setNow(FIXED_NOW);
    const c = await caseIn(t, 'RECHECKING');
    expect((await getCase(t, 'staff', c.id)).notice?.standing).toBe('IN_FORCE');
    const closed = await step(t, 'director', c.id, 'uphold_objection');
    expect(closed.notice?.standing).toBe('WITHDRAWN');
    expect((await getCase(t, 'unit1.leader', c.id)).notice?.standing).toBe('WITHDRAWN');
  });

  it('lists every instrument issued: the one a 决定书 replaced is superseded, with a link to it', async () => {
    t.setNow(FIXED_NOW);
    const c = await caseIn(t, 'AWAITING_REPLY');
    const first = (await getCase(t, 'staff', c.id)).notice!;
    await step(t, 'director', c.id, 'propose_decision');
    const decided = await step(t, 'government', c.id, 'issue_decision');
    expect(decided.notice?.instrument).toBe('DECISION');
    type Doc = {
      number: string;
      instrument: string;
      standing: string;
      dueAt: string | null;
      replacedBy: unknown;
    };
    for (const who of ['staff', 'unit1.leader'] as const) {
      const docs = expectStatus<Doc[]>(await (await t.as(who)).get(`/api/cases/${c.id}/documents`), 200);
      expect(docs.map((d) => [d.number, d.standing])).toEqual([
        [first.number, 'SUPERSEDED'],
        [decided.notice!.number, 'IN_FORCE'],
      ]);
      expect(docs[0]!.replacedBy).toEqual({ number: decided.notice!.number, instrument: 'DECISION' });
      expect(docs[0]!.dueAt).toBe(first.deadline.dueAt);
      expect(docs[1]!.dueAt).toBe(decided.deadline?.dueAt);
    }
    // Another unit's case: as missing as the case itself.
    expect((await (await t.as('unit2.leader')).get(`/api/cases/${c.id}/documents`)).statusCode).toBe(404);
  });

  it('states the days left, and a granted extension adds its working days to them', async () => {
    t.setNow(FIXED_NOW);
    const c = await caseIn(t, 'AWAITING_REPLY');
    const before = await getCase(t, 'staff', c.id);
    expect(before.deadline?.extensions).toEqual([]);
    expect(before.deadline?.basis).toBe('WORKING_DAYS');
    // Issued today: every working day of the rule is still ahead.
    expect(before.deadline?.daysLeft).toBe(before.deadline?.days);
    await step(t, 'unit1.leader', c.id, 'request_extension');
    const granted = await step(t, 'director', c.id, 'grant_extension');
    const extra = PAYLOADS.request_extension.extraWorkingDays as number;
    expect(granted.deadline?.extensions.map((e) => e.days)).toEqual([extra]);
    expect(granted.deadline?.daysLeft).toBe((before.deadline?.daysLeft ?? 0) + extra);
    // The rule stays what was issued; the extension is listed beside it.
    expect(granted.deadline?.days).toBe(before.deadline?.days);
    expect(granted.notice?.deadline.days).toBe(before.deadline?.days);
  });
});

describe('发生日期 after today (Asia/Shanghai, the server’s clock)', () => {
  const today = shanghaiDate(FIXED_NOW);
  const tomorrow = shanghaiDate(new Date(FIXED_NOW.getTime() + DAY));
  const lateToday = `${today}T23:30:00+08:00`;
  const tomorrowMorning = `${tomorrow}T00:00:00+08:00`;

  it('refuses it at staff registration, the supervisor form and the public form, writing nothing', async () => {
    t.setNow(FIXED_NOW);
    const before = await rowCounts(t);
    const body = {
      source: 'HOTLINE',
      title: '执法人员未出示证件',
      description: '投诉人反映执法检查时未出示执法证件。',
      unitId: t.unitIds.unit1,
      occurredAt: tomorrowMorning,
    };
    const staff = expectProblem(await (await t.as('staff')).post('/api/cases', body), 400);
    expect(staff).toMatchObject({ code: 'VALIDATION' });
    expect(staff.errors?.map((e) => e.path)).toEqual(['occurredAt']);
    expect(staff.errors?.[0]?.message).toContain('不能晚于今天');
    const supervisor = expectProblem(
      await (await t.as('supervisor')).post('/api/cases', { ...body, source: 'SUPERVISOR' }),
      400,
    );
    expect(supervisor.errors?.map((e) => e.path)).toEqual(['occurredAt']);
    const pub = expectProblem(
      await publicReport({
        title: body.title,
        description: body.description,
        unitId: t.unitIds.unit1,
        occurredAt: tomorrowMorning,
      }),
      400,
    );
    expect(pub).toMatchObject({ code: 'VALIDATION' });
    expect(pub.errors?.map((e) => e.path)).toEqual(['occurredAt']);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('accepts any time of today, and the public form records the date', async () => {
    t.setNow(FIXED_NOW);
    const staff = await t.as('staff');
    const created = expectStatus<{ occurredAt: string }>(
      await staff.post('/api/cases', {
        source: 'HOTLINE',
        title: '当天晚些时候发生',
        description: '当天发生的事项。',
        unitId: t.unitIds.unit1,
        occurredAt: lateToday,
      }),
      201,
    );
    expect(shanghaiDate(new Date(created.occurredAt))).toBe(today);
    const filed = expectStatus<{ trackingCode: string }>(
      await publicReport({
        title: '公众投诉发生日期',
        description: '公众填写了发生日期。',
        unitId: t.unitIds.unit1,
        occurredAt: `${today}T00:00:00+08:00`,
      }),
      201,
    );
    expect(filed.trackingCode.length).toBeGreaterThanOrEqual(10);
    const row = await t.prisma.case.findFirstOrThrow({ where: { title: '公众投诉发生日期' } });
    expect(row.occurredAt && shanghaiDate(row.occurredAt)).toBe(today);
  });

  it('refuses it in amend_case, and the same date becomes fine once that day has come', async () => {
    t.setNow(FIXED_NOW);
    const c = await createCase(t);
    const staff = await t.as('staff');
    const refused = expectProblem(
      await staff.act(c.id, 'amend_case', { occurredAt: tomorrowMorning, reason: '更正发生日期' }),
      400,
    );
    expect(refused).toMatchObject({ code: 'VALIDATION' });
    expect(refused.errors?.map((e) => e.path)).toEqual(['occurredAt']);
    t.setNow(new Date(FIXED_NOW.getTime() + DAY));
    const ok = await (await t.as('staff')).act(c.id, 'amend_case', {
      occurredAt: tomorrowMorning,
      reason: '更正发生日期',
    });
    expect(ok.statusCode).toBe(200);
    t.setNow(FIXED_NOW);
  });
});
