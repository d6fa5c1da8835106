import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UNITS } from '../src/seeds/demo-data.ts';
import { type Client, createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { readWorkbook, uploadXlsx, workbook } from './xlsx.ts';

// .xlsx imports of officers and case files: a template to download, every error reported by its
// row number, and nothing written unless every row is right.

let t: TestApp;
let admin: Client;
let staff: Client;

const OFFICER_HEADER = ['姓名', '执法主体', '执法证号', '执法领域', '有效期起', '有效期至', '身份证号'];
const FILE_HEADER = ['案卷编号', '执法单位', '案卷类别', '决定日期', '卷内文件'];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  staff = await t.as('staff');
});
afterAll(() => t?.close());

describe('officers from .xlsx', () => {
  it('offers a template with the expected header and a 填写说明 sheet', async () => {
    const res = await admin.get('/api/admin/registry/officers/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['执法人员', '填写说明']);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 7)).toEqual(OFFICER_HEADER.slice(0, 6));
  });

  it('reports every bad row by number and imports nothing', async () => {
    const before = await t.prisma.officer.count(); // the demo officers
    const file = await workbook(OFFICER_HEADER, [
      ['张三', DEMO_UNITS[0]!, 'A10001', '市场监管、价格', '2024-01-01', '2028-12-31', ''],
      ['李四', '不存在的局', 'A10002', '', '2024-01-01', '2028-12-31', ''],
      ['', DEMO_UNITS[1]!, 'A10003', '', '2024-13-01', '2028-12-31', '123'],
      ['王五', DEMO_UNITS[1]!, 'A10001', '', '2024-01-01', '2023-12-31', ''],
    ]);
    const problem = expectProblem(
      await uploadXlsx(t, admin.cookie, '/api/admin/registry/officers/import', file),
      400,
    );
    expect(problem.code).toBe('VALIDATION');
    expect(problem.detail).toContain('3 行有误');
    const paths = problem.errors!.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rows.3.unitName',
        'rows.4.name',
        'rows.4.validFrom',
        'rows.4.idCardNo',
        'rows.5.validUntil',
      ]),
    );
    expect(paths.some((p) => p.startsWith('rows.2.'))).toBe(false);
    expect(problem.errors!.find((e) => e.path === 'rows.3.unitName')!.message).toContain(
      '第 3 行「执法主体」',
    );
    expect(await t.prisma.officer.count()).toBe(before);
  });

  it('flags certificate numbers repeated in the file or already registered', async () => {
    const before = await t.prisma.officer.count();
    await admin.post('/api/admin/registry/officers', {
      name: '已登记',
      unitId: t.unitIds.unit1,
      certificateNo: 'B20001',
      validFrom: '2024-01-01',
      validUntil: '2028-12-31',
    });
    const file = await workbook(OFFICER_HEADER, [
      ['甲', DEMO_UNITS[0]!, 'B20001', '', '2024-01-01', '2028-12-31', ''],
      ['乙', DEMO_UNITS[0]!, 'B20002', '', '2024-01-01', '2028-12-31', ''],
      ['丙', DEMO_UNITS[0]!, 'B20002', '', '2024-01-01', '2028-12-31', ''],
    ]);
    const problem = expectProblem(
      await uploadXlsx(t, admin.cookie, '/api/admin/registry/officers/import', file),
      400,
    );
    expect(problem.errors).toEqual([
      { path: 'rows.2.certificateNo', message: expect.stringContaining('系统中已登记') },
      { path: 'rows.4.certificateNo', message: expect.stringContaining('与第 3 行重复') },
    ]);
    expect(await t.prisma.officer.count()).toBe(before + 1);
  });

  it('imports a clean file (dates typed as dates too) with a history row each', async () => {
    const file = await workbook(OFFICER_HEADER, [
      ['张三', DEMO_UNITS[0]!, 'C30001', '市场监管、价格', new Date(Date.UTC(2024, 0, 1)), '2028-12-31', ''],
      [],
      ['李四', DEMO_UNITS[1]!, 'C30002', '城市管理', '2024-01-01', '2028-12-31', '22030219800101123X'],
    ]);
    const res = await uploadXlsx(t, admin.cookie, '/api/admin/registry/officers/import', file);
    expect(expectStatus(res, 200)).toEqual({ imported: 2 });
    const zhang = await t.prisma.officer.findUniqueOrThrow({
      where: { certificateNo: 'C30001' },
      include: { history: true },
    });
    expect(zhang.fields).toEqual(['市场监管', '价格']);
    expect(zhang.validFrom.toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(zhang.history).toHaveLength(1);
  });

  it('refuses what is not an .xlsx, or not the administrator', async () => {
    expectProblem(
      await uploadXlsx(t, admin.cookie, '/api/admin/registry/officers/import', Buffer.from('not a workbook')),
      400,
    );
    const missing = await workbook(['姓名'], [['甲']]);
    expect(
      expectProblem(await uploadXlsx(t, admin.cookie, '/api/admin/registry/officers/import', missing), 400)
        .detail,
    ).toContain('执法证号');
    expectProblem(await uploadXlsx(t, staff.cookie, '/api/admin/registry/officers/import', missing), 403);
  });
});

describe('case files from .xlsx', () => {
  it('imports all rows or none, with row errors', async () => {
    const template = await readWorkbook(
      (await staff.get('/api/reviews/case-files/import-template.xlsx')).rawPayload,
    );
    expect((template.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(FILE_HEADER);
    const bad = await workbook(FILE_HEADER, [
      ['市监罚〔2026〕1号', DEMO_UNITS[0]!, '行政处罚', '2026-01-10', '立案审批表、处罚决定书'],
      ['市监罚〔2026〕1号', DEMO_UNITS[0]!, '行政处罚', '2026-01-11', ''],
      ['城管罚〔2026〕1号', DEMO_UNITS[1]!, '罚款', '2026-01-12', ''],
    ]);
    const problem = expectProblem(
      await uploadXlsx(t, staff.cookie, '/api/reviews/case-files/import', bad),
      400,
    );
    expect(problem.errors!.map((e) => e.path)).toEqual(['rows.4.kind', 'rows.3.number']);
    expect(await t.prisma.caseFile.count()).toBe(0);
    const good = await workbook(FILE_HEADER, [
      ['市监罚〔2026〕1号', DEMO_UNITS[0]!, '行政处罚', '2026-01-10', '立案审批表、处罚决定书'],
      ['城管罚〔2026〕1号', DEMO_UNITS[1]!, 'LICENSING', '2026-01-12', ''],
    ]);
    expect(
      expectStatus(await uploadXlsx(t, staff.cookie, '/api/reviews/case-files/import', good), 200),
    ).toEqual({ imported: 2 });
    const again = expectProblem(
      await uploadXlsx(t, staff.cookie, '/api/reviews/case-files/import', good),
      400,
    );
    expect(again.errors!.map((e) => e.message)).toEqual([
      expect.stringContaining('已登记'),
      expect.stringContaining('已登记'),
    ]);
    expectProblem(await uploadXlsx(t, admin.cookie, '/api/reviews/case-files/import', good), 403);
  });
});
