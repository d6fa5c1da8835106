import { describe, expect, it } from 'vitest';
import {
  type ExistingDirectory,
  type ImportInput,
  importIssueToField,
  importLookups,
  planImport,
} from './import-plan.ts';

const UNIT_HEADERS = ['单位名称', '统一社会信用代码'];
const USER_HEADERS = ['用户名', '姓名', '角色', '所属单位'];
const CODE_A = '11220300013644083J';
const CODE_B = '9144030071526726XG';

const sheet = (headers: string[], rows: string[][], first = 2) => ({
  headers,
  rows: rows.map((cells, i) => ({ row: first + i, cells })),
});
const input = (units: string[][], users: string[][]): ImportInput => ({
  units: sheet(UNIT_HEADERS, units),
  users: sheet(USER_HEADERS, users),
});
const NONE: ExistingDirectory = { units: [], usernames: [] };

describe('planImport', () => {
  it('plans units and users; users may name a unit of the same file by name or code', () => {
    const { plan, issues } = planImport(
      input(
        [
          ['四平市市场监督管理局', CODE_A],
          ['四平市城市管理行政执法局', ''],
        ],
        [
          ['sp.leader', '陈志强', '执法单位主要领导', '四平市市场监督管理局'],
          ['sp.handler', '王芳', 'UNIT_HANDLER', CODE_A.toLowerCase()],
          ['zhang.min', '张敏', '投诉中心经办人', ''],
          ['cg.handler', '刘洋', '执法单位经办人', '四平市城市管理行政执法局'],
        ],
      ),
      NONE,
    );
    expect(issues).toEqual([]);
    expect(plan.units).toEqual([
      { row: 2, name: '四平市市场监督管理局', creditCode: CODE_A },
      { row: 3, name: '四平市城市管理行政执法局', creditCode: null },
    ]);
    expect(plan.users.map((u) => [u.username, u.role, u.unit])).toEqual([
      ['sp.leader', 'UNIT_LEADER', { newIndex: 0 }],
      ['sp.handler', 'UNIT_HANDLER', { newIndex: 0 }],
      ['zhang.min', 'CENTER_STAFF', null],
      ['cg.handler', 'UNIT_HANDLER', { newIndex: 1 }],
    ]);
  });

  it('finds existing units by name or code, and refuses an inactive one', () => {
    const existing: ExistingDirectory = {
      units: [
        { id: 'u-1', name: '市交通运输局', creditCode: CODE_B, active: true },
        { id: 'u-2', name: '市自然资源局', creditCode: null, active: false },
      ],
      usernames: [],
    };
    const { plan, issues } = planImport(
      input(
        [],
        [
          ['a.one', '甲', '执法单位经办人', CODE_B],
          ['b.two', '乙', '执法单位经办人', '市交通运输局'],
          ['c.three', '丙', '执法单位经办人', '市自然资源局'],
        ],
      ),
      existing,
    );
    expect(plan.users.map((u) => u.unit)).toEqual([{ existingId: 'u-1' }, { existingId: 'u-1' }]);
    expect(issues).toEqual([
      expect.objectContaining({ sheet: 'users', row: 4, column: 'unit', duplicate: false }),
    ]);
    expect(issues[0]!.message).toMatch(/已停用/);
  });

  it('reports every bad cell with its row, all at once', () => {
    const { issues } = planImport(
      input(
        [
          ['', CODE_A],
          ['市甲局', '911100008021004330'],
        ],
        [
          ['x', '', '局长', ''],
          ['ok.name', '丁', '执法单位主要领导', ''],
          ['ok.two', '戊', '纪检监察', '市甲局'],
          ['ok.three', '己', '执法单位经办人', '不存在的单位'],
        ],
      ),
      NONE,
    );
    expect(issues.map((i) => [i.sheet, i.row, i.column])).toEqual([
      ['units', 2, 'name'],
      ['units', 3, 'creditCode'],
      ['users', 2, 'username'],
      ['users', 2, 'displayName'],
      ['users', 2, 'role'],
      ['users', 3, 'unit'],
      ['users', 4, 'unit'],
      ['users', 5, 'unit'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/不能为空/),
      expect.stringMatching(/校验位/),
      expect.stringMatching(/至少 2/),
      expect.stringMatching(/不能为空/),
      expect.stringMatching(/不是可选的角色/),
      expect.stringMatching(/必须选择所属单位/),
      expect.stringMatching(/不能选择单位/),
      expect.stringMatching(/找不到这个单位/),
    ]);
    expect(issues.every((i) => !i.duplicate)).toBe(true);
  });

  it('reports duplicates within the file and against the database as duplicates', () => {
    const existing: ExistingDirectory = {
      units: [{ id: 'u-1', name: '市交通运输局', creditCode: CODE_B, active: true }],
      usernames: ['Staff'],
    };
    const { issues, plan } = planImport(
      input(
        [
          ['市甲局', CODE_A],
          ['市甲局', ''],
          ['市乙局', CODE_A],
          ['市交通运输局', ''],
          ['市丙局', CODE_B],
        ],
        [
          ['new.one', '甲', '投诉中心经办人', ''],
          ['NEW.ONE', '乙', '投诉中心经办人', ''],
          ['staff', '丙', '投诉中心经办人', ''],
        ],
      ),
      existing,
    );
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.duplicate])).toEqual([
      ['units', 3, 'name', true],
      ['units', 4, 'creditCode', true],
      ['units', 5, 'name', true],
      ['units', 6, 'creditCode', true],
      ['users', 3, 'username', true],
      ['users', 4, 'username', true],
    ]);
    expect(issues[0]!.message).toMatch(/与第 2 行重名/);
    expect(plan.units.map((u) => u.row)).toEqual([2]);
  });

  it('a user whose unit row failed says so instead of "no such unit"', () => {
    const { issues } = planImport(
      input([['市甲局', 'bad-code']], [['a.b', '甲', '执法单位经办人', '市甲局']]),
      NONE,
    );
    expect(issues.at(-1)).toMatchObject({ sheet: 'users', row: 2, column: 'unit' });
    expect(issues.at(-1)!.message).toMatch(/第 2 行，该行有错误/);
  });

  it('refuses the template example rows and an empty file; skips blank rows', () => {
    const example = planImport(
      input(
        [['示例：某县市场监督管理局', CODE_A]],
        [['example.handler', '示例：王芳', '执法单位经办人', '示例：某县市场监督管理局']],
      ),
      NONE,
    );
    expect(example.issues.map((i) => [i.sheet, i.row])).toEqual([
      ['units', 2],
      ['users', 2],
    ]);
    expect(example.issues[0]!.message).toMatch(/示例行/);
    const empty = planImport(input([['', '']], [['  ', '', '', '']]), NONE);
    expect(empty.issues).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/没有可导入的数据/) }),
    ]);
    const missingSheet = planImport(
      { units: null, users: sheet(USER_HEADERS, [['a.b', '甲', '纪检监察', '']]) },
      NONE,
    );
    expect(missingSheet.issues).toEqual([]);
    expect(missingSheet.plan.users).toHaveLength(1);
  });

  it('matches columns by header text in any order, and names a missing column', () => {
    const reordered = planImport(
      { units: sheet(['统一社会信用代码', '单位名称 *'], [[CODE_A, '市甲局']]), users: null },
      NONE,
    );
    expect(reordered.plan.units).toEqual([{ row: 2, name: '市甲局', creditCode: CODE_A }]);
    const missing = planImport({ units: null, users: sheet(['用户名', '姓名'], [['a.b', '甲']]) }, NONE);
    expect(missing.issues).toEqual([expect.objectContaining({ sheet: 'users', row: 1, column: null })]);
    expect(missing.issues[0]!.message).toMatch(/缺少列 「角色」、「所属单位」/);
  });

  it('turns an issue into a field issue naming sheet, row and column in both languages', () => {
    expect(
      importIssueToField({
        sheet: 'users',
        row: 5,
        column: 'role',
        message: '不是可选的角色 / not a role',
        duplicate: false,
      }),
    ).toEqual({
      path: 'users.5.role',
      message: '「用户」第 5 行「角色」：不是可选的角色 / users row 5 (role): not a role',
    });
    expect(
      importIssueToField({ sheet: 'units', row: 1, column: null, message: '缺少列', duplicate: false }),
    ).toEqual({
      path: 'units.1',
      message: '「执法单位」第 1 行：缺少列 / units row 1: 缺少列',
    });
  });
});

describe('importLookups', () => {
  it('asks the database only about the names, codes and usernames in their columns', () => {
    const lookups = importLookups(
      input([['市甲局', CODE_A.toLowerCase()]], [['new.one', '甲', '执法单位经办人', '市乙局']]),
    );
    expect(new Set(lookups.unitKeys)).toEqual(new Set(['市甲局', CODE_A.toLowerCase(), CODE_A, '市乙局']));
    expect(lookups.usernames).toEqual(['new.one']);
  });
});
