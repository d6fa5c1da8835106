import { type TCaseSummary, type TPage, unitDisplayName, zhCN } from '@sp/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { generateDataset } from './stats-dataset.ts';

// GET /api/cases/export.xlsx: the list's rows as a streamed .xlsx, downloaded, read back with
// exceljs and compared row by row with GET /api/cases filtered the same way.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateDataset(t, 18);
}, 600_000);
afterAll(async () => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function listAll(who: DemoUser, query: string): Promise<TCaseSummary[]> {
  const client = await t.as(who);
  const all: TCaseSummary[] = [];
  for (let page = 1; ; page++) {
    const body = expectStatus<TPage<TCaseSummary>>(
      await client.get(`/api/cases?pageSize=100&page=${page}&${query}`),
      200,
    );
    all.push(...body.items);
    if (all.length >= body.total) return all;
  }
}

async function download(who: DemoUser, query: string) {
  const res = await (await t.as(who)).get(`/api/cases/export.xlsx?${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  expect(String(res.headers['content-disposition'])).toMatch(
    /^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E6%A1%88%E4%BB%B6%E6%B8%85%E5%8D%95-/,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { ws, header: rows[0] as string[], rows: rows.slice(1) };
}

/** What Excel shows for an instant: its wall-clock time in China, to the second. */
const excelTime = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).getTime() : null);
const timeOf = (v: ExcelJS.CellValue) => (v instanceof Date ? v.getTime() : null);

describe('GET /api/cases/export.xlsx', () => {
  it('the center: every listed case, in the list’s order, Chinese headers, real dates, the reporter', async () => {
    const query = 'from=2026-01-01&to=2026-06-30';
    const list = await listAll('director', query);
    const loggedBefore = await t.prisma.reporterAccess.count();
    const reporters = new Map((await t.prisma.reporter.findMany()).map((r) => [r.caseId, r]));
    const { ws, header, rows } = await download('director', query);
    expect(header).toEqual([
      '案件编号',
      '标题',
      '来源',
      '被监督单位',
      '状态',
      '办结结果',
      '登记时间',
      '通知书文号',
      '整改期限',
      '期限状态',
      '移送原因',
      '最后更新',
      '举报人',
      '举报人电话',
    ]);
    expect(ws.getColumn(2).width).toBe(40);
    expect(rows).toHaveLength(list.length);
    expect(list.length).toBeGreaterThan(10);
    list.forEach((c, i) => {
      const r = rows[i]!;
      expect(r[0]).toBe(c.number);
      expect(r[1]).toBe(c.title);
      expect(r[2]).toBe(zhCN.sources[c.source]);
      expect(r[3]).toBe(unitDisplayName(c.unitName, c.reportedUnitName));
      expect(r[4]).toBe(zhCN.states[c.state]);
      expect(r[5] ?? null).toBe(c.outcome ? zhCN.outcomes[c.outcome] : null);
      expect(timeOf(r[6]!)).toBe(excelTime(c.createdAt));
      expect(r[7] ?? null).toBe(c.noticeNumber);
      expect(timeOf(r[8] ?? null)).toBe(excelTime(c.dueAt));
      const rep = reporters.get(c.id);
      expect(r[12] ?? null).toBe(rep ? (rep.anonymous ? '匿名' : rep.name) : null);
      expect(r[13] ?? null).toBe(rep?.phone ?? null);
    });
    expect(ws.getCell('G2').numFmt).toBe('yyyy-mm-dd hh:mm');
    // Every reporter read is logged, as on the case page.
    const withReporter = rows.filter((r) => r[12]).length;
    expect(withReporter).toBeGreaterThan(10);
    expect(await t.prisma.reporterAccess.count()).toBe(loggedBefore + withReporter);
  });

  it('a unit: its own cases only, and never a reporter column or a reporter’s name', async () => {
    const list = await listAll('unit1.leader', '');
    const { header, rows } = await download('unit1.leader', '');
    expect(header).not.toContain('举报人');
    expect(header).not.toContain('举报人电话');
    expect(rows.map((r) => r[0])).toEqual(list.map((c) => c.number));
    expect(new Set(rows.map((r) => r[3]))).toEqual(
      new Set(list.map((c) => unitDisplayName(c.unitName, c.reportedUnitName))),
    );
    const text = JSON.stringify(rows);
    const secrets = (await t.prisma.reporter.findMany()).flatMap((r) => [r.name, r.phone]).filter(Boolean);
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('the list’s filters apply: state, unit, several search words', async () => {
    for (const query of [
      'state=CLOSED',
      `unitId=${t.unitIds.unit2}&from=2026-03-01&to=2026-04-30`,
      `q=${encodeURIComponent('生成案件 rectified')}`,
    ]) {
      const list = await listAll('staff', query);
      const { rows } = await download('staff', query);
      expect(rows.map((r) => r[0])).toEqual(list.map((c) => c.number));
    }
  });

  it('refuses a reversed period (400) and answers 401 without a session', async () => {
    const staff = await t.as('staff');
    expect(
      expectProblem(await staff.get('/api/cases/export.xlsx?from=2026-05-01&to=2026-04-01'), 400).code,
    ).toBe('VALIDATION');
    expect((await t.inject({ method: 'GET', url: '/api/cases/export.xlsx' })).statusCode).toBe(401);
  });
});

describe('more rows than the cap', () => {
  it('413 TOO_LARGE with a message to narrow the filter, counted before anything is written', async () => {
    const small = await createTestApp({ exportMaxRows: 3 });
    try {
      for (let i = 0; i < 4; i++) await createCase(small, { title: `超限${i}` });
      const staff = await small.as('staff');
      const p = expectProblem(await staff.get(`/api/cases/export.xlsx?q=${encodeURIComponent('超限')}`), 413);
      expect(p.code).toBe('TOO_LARGE');
      expect(p.detail).toMatch(/缩小筛选范围/);
      expect((await staff.get(`/api/cases/export.xlsx?q=${encodeURIComponent('超限1')}`)).statusCode).toBe(
        200,
      );
    } finally {
      await small.close();
    }
  });
});
