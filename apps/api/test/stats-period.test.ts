import {
  type CaseState,
  STATES,
  shanghaiDate,
  type TCaseSummary,
  type TPage,
  type TStats,
  workingDaysBetween,
} from '@sp/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProfile } from '../src/modules/office-profile/office-profile.repository.ts';
import type { EventBody } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { generateDataset } from './stats-dataset.ts';

// GET /api/stats?from=&to= on a generated data set: every number is recounted here from
// GET /api/cases filtered the same way (and each listed case's history), never with the
// service's own queries. The rules as product.md and the contract state them:
// 落实率 = rectified ÷ (rectified + referred), withdrawn and running notices left out;
// 按期答复率 = replies by their due date ÷ replies that fell due (a sweep referral is a reply that
// never came); overdue = running deadlines past due + cases referred for lateness.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateDataset(t);
}, 600_000);
afterAll(async () => t?.close());

async function listAll(query: string): Promise<TCaseSummary[]> {
  const director = await t.as('director');
  const all: TCaseSummary[] = [];
  for (let page = 1; ; page++) {
    const body = expectStatus<TPage<TCaseSummary>>(
      await director.get(`/api/cases?pageSize=100&page=${page}&${query}`),
      200,
    );
    all.push(...body.items);
    if (all.length >= body.total) return all;
  }
}
const totalOf = async (query: string) =>
  expectStatus<TPage<TCaseSummary>>(await (await t.as('director')).get(`/api/cases?pageSize=1&${query}`), 200)
    .total;

const REPLIES = ['submit_rectification', 'object'];
const SETS_DEADLINE = ['approve_notice', 'reject_rectification', 'dismiss_objection', 'grant_extension'];

/** Replies due and on time in one history, walked by hand. */
function replies(events: EventBody[], now: Date) {
  let dueAt: number | null = null;
  let due = 0;
  let onTime = 0;
  for (const e of events) {
    const data = e.data as { dueAt?: string };
    if (SETS_DEADLINE.includes(e.action)) dueAt = Date.parse(data.dueAt!);
    else if (REPLIES.includes(e.action) && dueAt !== null) {
      due++;
      if (Date.parse(e.at) <= dueAt) onTime++;
      dueAt = null;
    } else if (e.action === 'refer_overdue' && dueAt !== null) {
      due++;
      dueAt = null;
    } else if (e.action === 'refer') dueAt = null;
  }
  if (dueAt !== null && dueAt < now.getTime()) due++;
  return { due, onTime };
}

const rate = (num: number, den: number) => (den === 0 ? null : num / den);
const month = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

async function expected(query: string) {
  const cases = await listAll(query);
  const director = await t.as('director');
  const histories = new Map<string, EventBody[]>();
  for (const c of cases)
    histories.set(c.id, expectStatus<EventBody[]>(await director.get(`/api/cases/${c.id}/events`), 200));
  const cal = await t.services.calendars.current();
  const now = t.clock.now();

  const implemented = (cs: TCaseSummary[]) => cs.filter((c) => c.outcome === 'RECTIFIED').length;
  // Referred, whether discipline has concluded or not; never a withdrawn notice.
  const notImplemented = (cs: TCaseSummary[]) => cs.filter((c) => c.referralBy !== null).length;
  const loop = (cs: TCaseSummary[]) => ({
    implemented: implemented(cs),
    notImplemented: notImplemented(cs),
    implementationRate: rate(implemented(cs), implemented(cs) + notImplemented(cs)),
  });

  let due = 0;
  let onTime = 0;
  for (const c of cases) {
    const r = replies(histories.get(c.id)!, now);
    due += r.due;
    onTime += r.onTime;
  }

  const stage = new Map<CaseState, { cases: number; days: number }>();
  for (const c of cases) {
    const seen = new Set<string>();
    for (const e of histories.get(c.id)!) {
      if (seen.has(e.toState) || e.toState === 'RECEIVED') continue;
      seen.add(e.toState);
      const s = stage.get(e.toState as CaseState) ?? { cases: 0, days: 0 };
      s.cases++;
      s.days += workingDaysBetween(shanghaiDate(new Date(c.createdAt)), shanghaiDate(new Date(e.at)), cal);
      stage.set(e.toState as CaseState, s);
    }
  }

  const units = await t.prisma.unit.findMany({ select: { id: true } });
  const byUnit = [];
  for (const u of units) {
    const mine = cases.filter((c) => c.unitId === u.id);
    const late = mine.filter((c) => c.referralBy === 'SYSTEM').length;
    byUnit.push({
      unitId: u.id,
      cases: mine.length,
      open: mine.filter((c) => c.state !== 'CLOSED').length,
      dueSoon: await totalOf(`dueSoon=true&unitId=${u.id}&${query}`),
      overdue: (await totalOf(`overdue=true&unitId=${u.id}&${query}`)) + late,
      referredForLateness: late,
      noticesIssued: mine.filter((c) => c.noticeNumber !== null).length,
      ...loop(mine),
    });
  }

  const months = [...new Set(cases.map((c) => month(c.createdAt)))].sort();
  const count = <K extends string>(key: (c: TCaseSummary) => K | null) => {
    const out: Record<string, number> = {};
    for (const c of cases) {
      const k = key(c);
      if (k !== null) out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  return {
    cases,
    stats: {
      cases: cases.length,
      noticesIssued: cases.filter((c) => c.noticeNumber !== null).length,
      ...loop(cases),
      repliesDue: due,
      repliesOnTime: onTime,
      onTimeRate: rate(onTime, due),
      byState: count((c) => c.state),
      bySource: count((c) => c.source),
      referralsByReason: count((c) => (c.referralBy === 'DIRECTOR' ? 'DIRECTOR' : c.referralReason)),
      byUnit,
      stage,
      trend: months.map((m) => ({
        month: m,
        registered: cases.filter((c) => month(c.createdAt) === m).length,
        noticesIssued: cases.filter((c) => month(c.createdAt) === m && c.noticeNumber !== null).length,
        ...loop(cases.filter((c) => month(c.createdAt) === m)),
      })),
    },
  };
}

const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v > 0));

async function compare(query: string) {
  const { cases, stats: want } = await expected(query);
  const got = expectStatus<TStats>(await (await t.as('director')).get(`/api/stats?${query}`), 200);
  expect(got.cases).toBe(want.cases);
  expect(got.noticesIssued).toBe(want.noticesIssued);
  // Which instrument each case's current document is, read off its number's prefix (the office
  // profile's): the demo holds a 督办函, an 意见书 and a 决定书 beside the 通知书.
  const { instruments } = await readProfile(t.prisma);
  const instrumentOf = (n: string) =>
    Object.entries(instruments).find(([, i]) => n.startsWith(`${i.numberPrefix}〔`))![0];
  const byInstrument: Record<string, number> = {};
  for (const c of cases)
    if (c.noticeNumber !== null)
      byInstrument[instrumentOf(c.noticeNumber)] = (byInstrument[instrumentOf(c.noticeNumber)] ?? 0) + 1;
  expect(nonZero(got.noticesByInstrument)).toEqual(byInstrument);
  expect({ implemented: got.implemented, notImplemented: got.notImplemented }).toEqual({
    implemented: want.implemented,
    notImplemented: want.notImplemented,
  });
  expect(got.implementationRate).toBe(want.implementationRate);
  expect({ due: got.repliesDue, onTime: got.repliesOnTime, rate: got.onTimeRate }).toEqual({
    due: want.repliesDue,
    onTime: want.repliesOnTime,
    rate: want.onTimeRate,
  });
  expect(nonZero(got.byState)).toEqual(want.byState);
  expect(Object.keys(got.byState)).toEqual([...STATES]);
  expect(nonZero(got.bySource)).toEqual(want.bySource);
  expect(nonZero(got.referrals.byReason)).toEqual(want.referralsByReason);
  expect(got.referrals.total).toBe(cases.filter((c) => c.referralBy !== null).length);
  for (const u of want.byUnit) expect(got.byUnit.find((g) => g.unitId === u.unitId)).toMatchObject(u);
  for (const s of got.stageDays) {
    const w = want.stage.get(s.state);
    expect(s.cases).toBe(w?.cases ?? 0);
    if (w) expect(s.averageWorkingDays).toBeCloseTo(w.days / w.cases, 1);
    else expect(s.averageWorkingDays).toBeNull();
  }
  expect(got.trend).toEqual(want.trend);
  return { got, cases };
}

describe('GET /api/stats?from=&to= against the list filtered the same way', () => {
  it('the whole first half of 2026: every kind of ending occurs and every number matches', async () => {
    const { got, cases } = await compare('from=2026-01-01&to=2026-06-30');
    expect(got.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    // The data set covers what the rules distinguish.
    const outcomes = new Set(cases.map((c) => c.outcome));
    for (const o of ['RECTIFIED', 'NOTICE_WITHDRAWN', 'DISCIPLINE_CONCLUDED', 'DISMISSED', 'NO_VIOLATION'])
      expect(outcomes).toContain(o);
    expect(got.referrals.byReason.NO_REPLY).toBeGreaterThan(0);
    expect(got.referrals.byReason.NOT_IMPLEMENTED).toBeGreaterThan(0);
    expect(got.referrals.byReason.DIRECTOR).toBeGreaterThan(0);
    expect(got.repliesOnTime).toBeGreaterThan(0);
    expect(got.repliesDue).toBeGreaterThan(got.repliesOnTime);
    expect(got.implementationRate).toBeGreaterThan(0);
    expect(got.implementationRate).toBeLessThan(1);
    // Overdue is not ~always 0 once the sweep has referred the late ones.
    expect(got.byUnit.reduce((a, u) => a + u.overdue, 0)).toBeGreaterThan(0);
    expect(got.byUnit.reduce((a, u) => a + u.dueSoon, 0)).toBeGreaterThan(0);
    expect(got.trend.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it('one month, one quarter, and no period at all (demo cases included) match too', async () => {
    await compare('from=2026-03-01&to=2026-03-31');
    await compare('from=2026-04-01&to=2026-06-30');
    const { got } = await compare('');
    expect(got.period).toEqual({ from: null, to: null });
  });

  it('a withdrawn notice and a referral move the rate the honest way', async () => {
    const { got } = await compare('from=2026-01-01&to=2026-06-30');
    const rectified = got.implemented;
    const referred = got.notImplemented;
    expect(got.implementationRate).toBe(rectified / (rectified + referred));
    // NOTICE_WITHDRAWN cases carry notices but are in neither side.
    expect(got.noticesIssued).toBeGreaterThan(rectified + referred);
  });
});

describe('periods refused with 400 VALIDATION', () => {
  it('reversed, over five years, half a period, not a date', async () => {
    const director = await t.as('director');
    for (const q of [
      'from=2026-03-31&to=2026-03-01',
      'from=2020-01-01&to=2026-01-01',
      'from=2026-01-01',
      'to=2026-01-01',
      'from=2026-13-01&to=2026-12-31',
    ])
      expect(expectProblem(await director.get(`/api/stats?${q}`), 400).code).toBe('VALIDATION');
    // Exactly five years is fine.
    expectStatus(await director.get('/api/stats?from=2021-07-01&to=2026-06-30'), 200);
  });
});

describe('GET /api/stats/export.xlsx', () => {
  it('the same numbers as GET /api/stats, sheet by sheet, Chinese headers and a UTF-8 file name', async () => {
    const director = await t.as('director');
    const query = 'from=2026-01-01&to=2026-06-30';
    const stats = expectStatus<TStats>(await director.get(`/api/stats?${query}`), 200);
    const res = await director.get(`/api/stats/export.xlsx?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(res.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('执法监督统计-2026-01-01至2026-06-30.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '总览',
      '按单位',
      '按来源',
      '移送原因',
      '各环节用时',
      '月度趋势',
    ]);
    const values = (name: string) => {
      const rows: ExcelJS.CellValue[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
      return rows;
    };
    const overview = new Map(values('总览').map((r) => [r[0], r[1]]));
    expect(overview.get('下发监督文书数')).toBe(stats.noticesIssued);
    expect(overview.get('整改落实率（%）')).toBe(Math.round(stats.implementationRate! * 1000) / 10);
    expect(overview.get('按期答复率（%）')).toBe(Math.round(stats.onTimeRate! * 1000) / 10);
    expect(overview.get('移送纪检监察数')).toBe(stats.referrals.total);
    const units = values('按单位');
    expect(units[0]).toEqual([
      '执法单位',
      '登记案件',
      '办理中',
      '即将到期',
      '逾期',
      '其中逾期移送',
      '下发文书',
      '整改落实',
      '移送未落实',
      '整改落实率（%）',
    ]);
    expect(units.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual(
      stats.byUnit.map((u) => [u.unitName, u.cases, u.overdue]),
    );
    expect(
      values('月度趋势')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(stats.trend.map((m) => m.registered));
    expect(wb.getWorksheet('按单位')!.getColumn(1).width).toBe(26);
    // The same refusals as the JSON, and the center's only.
    expect(
      expectProblem(await director.get('/api/stats/export.xlsx?from=2026-02-01&to=2026-01-01'), 400).code,
    ).toBe('VALIDATION');
    expect((await (await t.as('unit1.leader')).get('/api/stats/export.xlsx')).statusCode).toBe(403);
  });
});
