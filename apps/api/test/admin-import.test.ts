import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportWorkbook, UnreadableWorkbook } from '../src/modules/import/import-workbook.ts';
import { createTestApp, expectProblem, expectStatus, type Problem, type TestApp } from './helper.ts';
import { multipart } from './multipart.ts';

// Importing units and users from an .xlsx: the template read back with exceljs, errors by sheet
// and row, all or nothing, duplicates reported per row, one-time passwords returned once, and
// size limits.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CODE_A = '11220300013644083J';
const TENCENT = '9144030071526726XG';

type Rows = { units?: (string | number)[][]; users?: (string | number)[][] };

/** An office's file; by default made from the template before it had the optional 邮箱 column. */
async function workbook(
  { units = [], users = [] }: Rows,
  sheets = ['执法单位', '用户'],
  userHeaders = ['用户名', '姓名', '角色', '所属单位'],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const unitSheet = wb.addWorksheet(sheets[0]!);
  unitSheet.addRow(['单位名称', '统一社会信用代码']);
  for (const r of units) unitSheet.addRow(r);
  const userSheet = wb.addWorksheet(sheets[1]!);
  userSheet.addRow(userHeaders);
  for (const r of users) userSheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(file: Buffer | string, fileName = '导入.xlsx') {
  const body = multipart([{ name: 'file', fileName, contentType: XLSX, data: file }]);
  const { cookie } = await t.as('admin');
  return t.inject({
    method: 'POST',
    url: '/api/admin/import',
    headers: { cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

const counts = async () => ({ units: await t.prisma.unit.count(), users: await t.prisma.user.count() });

describe('GET /api/admin/import/template', () => {
  it('is an .xlsx with the two sheets, Chinese headers, an example row and a role drop-down', async () => {
    const res = await (await t.as('admin')).get('/api/admin/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(String(res.headers['content-disposition'])).toMatch(/attachment; filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['执法单位', '用户']);
    const units = wb.getWorksheet('执法单位')!;
    const users = wb.getWorksheet('用户')!;
    expect(units.getRow(1).values).toEqual([undefined, '单位名称', '统一社会信用代码']);
    expect(users.getRow(1).values).toEqual([undefined, '用户名', '姓名', '角色', '所属单位', '邮箱']);
    expect(units.getRow(2).getCell(1).text).toMatch(/^示例/);
    expect(units.getRow(2).getCell(2).text).toBe(CODE_A);
    expect(users.getRow(2).getCell(3).text).toBe('执法单位经办人');
    expect(String(units.getRow(1).getCell(2).note)).toMatch(/18 位/);
    // The role column's list of choices (exceljs reads a range back cell by cell).
    const validations = (users as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation } })
      .dataValidations;
    for (const cell of ['C2', 'C500'])
      expect(validations.find(cell)).toMatchObject({
        type: 'list',
        formulae: [expect.stringContaining('执法单位主要领导')],
      });
    expect(validations.find('C2').formulae[0]).toContain('系统管理员');
  });

  it('imported as it is, refuses its own example rows (400, nothing written)', async () => {
    const template = (await (await t.as('admin')).get('/api/admin/import/template')).rawPayload;
    const before = await counts();
    const problem = expectProblem(await upload(template), 400);
    expect(problem.errors).toEqual([
      {
        path: 'units.2.name',
        message: expect.stringMatching(/^「执法单位」第 2 行「单位名称」：这是模板中的示例行/),
      },
      {
        path: 'users.2.username',
        message: expect.stringMatching(/^「用户」第 2 行「用户名」：这是模板中的示例行/),
      },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('POST /api/admin/import', () => {
  it('creates units and users in one go; users name units by name or code, from the file or the database', async () => {
    const before = await counts();
    const file = await workbook({
      units: [
        ['四平市市场监督管理局', CODE_A],
        ['四平市城市管理行政执法局', ''],
      ],
      users: [
        ['sp.leader', '陈志强（局长）', '执法单位主要领导', '四平市市场监督管理局'],
        ['sp.handler', '王芳', '执法单位经办人', CODE_A],
        ['cg.handler', '刘洋', 'UNIT_HANDLER', '四平市城市管理行政执法局'],
        ['old.unit.user', '赵刚', '执法单位经办人', '市交通运输局'],
        ['center.staff', '张敏', '投诉中心经办人', ''],
      ],
    });
    const result = expectStatus<{
      units: { id: string; name: string; creditCode: string | null; active: boolean }[];
      users: {
        user: { id: string; username: string; unitName: string | null; mustChangePassword: boolean };
        initialPassword: string;
      }[];
    }>(await upload(file), 200);
    expect(result.units).toEqual([
      { id: expect.any(String), name: '四平市市场监督管理局', creditCode: CODE_A, active: true },
      { id: expect.any(String), name: '四平市城市管理行政执法局', creditCode: null, active: true },
    ]);
    expect(result.users.map((u) => [u.user.username, u.user.unitName, u.user.mustChangePassword])).toEqual([
      ['sp.leader', '四平市市场监督管理局', true],
      ['sp.handler', '四平市市场监督管理局', true],
      ['cg.handler', '四平市城市管理行政执法局', true],
      ['old.unit.user', '市交通运输局', true],
      ['center.staff', null, true],
    ]);
    expect(new Set(result.users.map((u) => u.initialPassword)).size).toBe(5);
    expect(await counts()).toEqual({ units: before.units + 2, users: before.users + 5 });
    // A created user signs in with the password returned once, and must change it first.
    const leader = result.users[0]!;
    const cookie = await t.login('sp.leader', leader.initialPassword);
    expect(
      expectProblem(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 403).code,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    const publicUnits = expectStatus<{ name: string }[]>(
      await t.inject({ method: 'GET', url: '/api/public/units' }),
      200,
    );
    expect(publicUnits.map((u) => u.name)).toContain('四平市城市管理行政执法局');
  });

  it('reports every bad row with its sheet and row, and writes nothing', async () => {
    const before = await counts();
    const file = await workbook({
      units: [
        ['四平市水利局', '9144030071526726XH'],
        ['四平市林业局', ''],
      ],
      users: [
        ['ok.user', '好的用户', '投诉中心经办人', ''],
        ['x', '', '局长', ''],
        ['no.unit', '某', '执法单位经办人', ''],
        ['bad.unit', '某', '执法单位经办人', '不存在的局'],
      ],
    });
    const problem = expectProblem(await upload(file), 400);
    expect(problem.code).toBe('VALIDATION');
    expect(problem.detail).toMatch(/6 处问题/);
    expect(problem.errors?.map((e) => e.path)).toEqual([
      'units.2.creditCode',
      'users.3.username',
      'users.3.displayName',
      'users.3.role',
      'users.4.unit',
      'users.5.unit',
    ]);
    for (const e of problem.errors!) expect(e.message).toMatch(/^「(执法单位|用户)」第 \d+ 行「.+」：/);
    expect(await counts()).toEqual(before);
    expect(await t.prisma.unit.count({ where: { name: '四平市林业局' } })).toBe(0);
  });

  it('reads the optional 邮箱 column: kept when valid, a malformed one is a row issue (nothing written)', async () => {
    const headers = ['用户名', '姓名', '角色', '所属单位', '邮箱'];
    const bad = await workbook(
      {
        users: [
          ['mail.ok', '甲', '投诉中心经办人', '', 'jia@sp.test'],
          ['mail.bad', '乙', '纪检监察', '', '乙@'],
        ],
      },
      undefined,
      headers,
    );
    const before = await counts();
    const problem = expectProblem(await upload(bad), 400);
    expect(problem.errors?.map((e) => e.path)).toEqual(['users.3.email']);
    expect(await counts()).toEqual(before);
    const good = await workbook(
      {
        users: [
          ['mail.ok', '甲', '投诉中心经办人', '', ' jia@sp.test '],
          ['mail.none', '乙', '纪检监察', '', ''],
        ],
      },
      undefined,
      headers,
    );
    const result = expectStatus<{ users: { user: { username: string; email: string | null } }[] }>(
      await upload(good),
      200,
    );
    expect(result.users.map((u) => [u.user.username, u.user.email])).toEqual([
      ['mail.ok', 'jia@sp.test'],
      ['mail.none', null],
    ]);
  });

  it('duplicates, within the file or against the database, are 409 DUPLICATE per row', async () => {
    const before = await counts();
    const file = await workbook({
      units: [
        ['市市场监督管理局', ''],
        ['四平市文化广电和旅游局', TENCENT],
        ['四平市体育局', TENCENT],
      ],
      users: [
        ['staff', '重名', '投诉中心经办人', ''],
        ['twice', '甲', '投诉中心经办人', ''],
        ['TWICE', '乙', '投诉中心经办人', ''],
      ],
    });
    const problem: Problem = expectProblem(await upload(file), 409);
    expect(problem.code).toBe('DUPLICATE');
    expect(problem.errors?.map((e) => e.path)).toEqual([
      'units.2.name',
      'units.4.creditCode',
      'users.2.username',
      'users.4.username',
    ]);
    expect(problem.errors![1]!.message).toMatch(/与第 3 行代码重复/);
    expect(await counts()).toEqual(before);
  });

  it('the same file uploaded twice at once is imported once (all or nothing)', async () => {
    const before = await counts();
    const file = await workbook({
      units: [['四平市统计局', '']],
      users: Array.from({ length: 5 }, (_, i) => [
        `tj.user${i}`,
        `统计${i}`,
        '执法单位经办人',
        '四平市统计局',
      ]),
    });
    const [a, b] = await Promise.all([upload(file), upload(file)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expectProblem([a, b].find((r) => r.statusCode === 409)!, 409);
    expect(await counts()).toEqual({ units: before.units + 1, users: before.users + 5 });
  });

  it('refuses what is not a readable workbook, or lacks both sheets (400)', async () => {
    const notXlsx = expectProblem(await upload('just some text', 'a.xlsx'), 400);
    expect(notXlsx.errors).toEqual([{ path: 'file', message: expect.any(String) }]);
    expectProblem(await upload(await workbook({ units: [['x', '']] }, ['Sheet1', 'Sheet2'])), 400);
    const noField = multipart([{ name: 'other', fileName: 'a.xlsx', data: 'x' }]);
    const admin = await t.as('admin');
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/admin/import',
        headers: { cookie: admin.cookie, 'content-type': noField.contentType },
        payload: noField.payload,
      }),
      400,
    );
    expectProblem(await admin.post('/api/admin/import', { file: 'x' }), 400);
  });

  it("keeps the reason an upload is unreadable (the 400 carries exceljs's error as its cause)", async () => {
    const refusal = await readImportWorkbook(Buffer.from('just some text')).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ status: 400, issues: [{ path: 'file' }] });
    const cause = (refusal as Error).cause;
    expect(cause).toBeInstanceOf(UnreadableWorkbook);
    expect((cause as Error).message).toMatch(/^unreadable \.xlsx: .+/);
    expect((cause as Error).cause).toBeInstanceOf(Error);
  });

  it('reads a sheet whose validation rule covers every cell (never expanded cell by cell)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('执法单位').addRow(['单位名称', '统一社会信用代码']);
    const users = wb.addWorksheet('用户');
    users.addRow(['用户名', '姓名', '角色', '所属单位']);
    users.addRow(['whole.sheet', '丙', '纪检监察', '']);
    // A1:XFD1048576 is 17 billion cells: exceljs's reader would list each one of them.
    (
      users as unknown as { dataValidations: { add(range: string, rule: unknown): void } }
    ).dataValidations.add('A2:XFD1048576', {
      type: 'textLength',
      operator: 'lessThan',
      allowBlank: true,
      formulae: [100],
    });
    const result = expectStatus<{ users: { user: { username: string } }[] }>(
      await upload(Buffer.from(await wb.xlsx.writeBuffer())),
      200,
    );
    expect(result.users.map((u) => u.user.username)).toEqual(['whole.sheet']);
  });

  it('refuses a file over 1 MB or a sheet over 2000 rows with 413 TOO_LARGE, writing nothing', async () => {
    const before = await counts();
    const big = expectProblem(await upload(Buffer.alloc(1024 * 1024 + 10, 65)), 413);
    expect(big.code).toBe('TOO_LARGE');
    const rows = Array.from({ length: 2001 }, (_, i) => [`u${i}.name`, `用户${i}`, '投诉中心经办人', '']);
    const many = expectProblem(await upload(await workbook({ users: rows })), 413);
    expect(many.detail).toMatch(/2000 行/);
    expect(await counts()).toEqual(before);
  });
});
