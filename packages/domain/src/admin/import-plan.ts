import type { z } from 'zod';
import { ZCreditCode, ZEmail, ZUsername } from '../api/directory.ts';
import type { FieldIssue } from '../workflow/domain-error.ts';
import { requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import type { Role } from '../workflow/vocabulary.ts';
import { normalizeCreditCode } from './credit-code.ts';
import {
  type ImportSheet,
  type ImportSheetKey,
  isExampleRow,
  roleFromCell,
  UNITS_SHEET,
  USERS_SHEET,
} from './import-sheets.ts';
import { assignmentIssues } from './user-rules.ts';

// Judging an uploaded file row by row, all at once, so the office fixes everything in one go:
// every issue names its sheet, row and column. Nothing is written unless no row has an issue.

/** A sheet as read from the workbook (null: no such sheet). Rows are Excel row numbers. */
export type SheetInput = { headers: string[]; rows: { row: number; cells: string[] }[] } | null;
export type ImportInput = { units: SheetInput; users: SheetInput };

export type ImportIssue = {
  sheet: ImportSheetKey;
  row: number;
  column: string | null;
  message: string;
  /** Taken already (in the file or the database): 409 DUPLICATE when every issue is one. */
  duplicate: boolean;
};

export type ExistingDirectory = {
  units: { id: string; name: string; creditCode: string | null; active: boolean }[];
  /** Usernames already taken (compared without regard to case). */
  usernames: string[];
};

export type UnitRef = { existingId: string } | { newIndex: number };
export type PlannedUnit = { row: number; name: string; creditCode: string | null };
export type PlannedUser = {
  row: number;
  username: string;
  displayName: string;
  role: Role;
  unit: UnitRef | null;
  email: string | null;
};
export type ImportPlan = { units: PlannedUnit[]; users: PlannedUser[] };

type Cells = Record<string, string>;
type Row = { row: number; values: Cells };

const SHEETS: Record<ImportSheetKey, ImportSheet> = { units: UNITS_SHEET, users: USERS_SHEET };
/** Header cells are matched loosely: spaces, a required-mark * and a (note) do not matter. */
const headerKey = (text: string) => text.replace(/[\s*＊]|[（(].*?[)）]/g, '');

function readSheet(sheet: ImportSheet, input: SheetInput, issues: ImportIssue[]): Row[] {
  if (!input) return [];
  const at = sheet.columns.map((c) => input.headers.findIndex((h) => headerKey(h) === headerKey(c.header)));
  const missing = sheet.columns.filter((c, i) => at[i] === -1 && !c.mayBeAbsent);
  if (missing.length > 0) {
    const names = missing.map((c) => `「${c.header}」`).join('、');
    issues.push(
      issueAt(sheet, 1, null, `缺少列 ${names}，请使用下载的模板 / missing columns: use the template`),
    );
    return [];
  }
  return input.rows
    .map(({ row, cells }) => ({
      row,
      values: Object.fromEntries(
        sheet.columns.map((c, i) => [c.key, at[i] === -1 ? '' : (cells[at[i]!] ?? '').trim()]),
      ),
    }))
    .filter((r) => Object.values(r.values).some((v) => v !== ''));
}

function issueAt(
  sheet: ImportSheet,
  row: number,
  column: string | null,
  message: string,
  duplicate = false,
): ImportIssue {
  return { sheet: sheet.key, row, column, message, duplicate };
}

/** The first zod message for a cell, or the parsed value. */
function parseCell<T>(
  schema: z.ZodType<T>,
  value: string,
): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]!.message };
}

const ZName = requiredText(TEXT_LIMITS.name);

/**
 * Reporting on one row: `say` records an issue on a column, `clean` tells whether the row has
 * none so far; a template example row left in place is reported once and skipped.
 */
function rowJudge(sheet: ImportSheet, row: number, values: Cells, issues: ImportIssue[]) {
  const before = issues.length;
  const say = (column: string, message: string, duplicate = false) =>
    issues.push(issueAt(sheet, row, column, message, duplicate));
  const example = isExampleRow(sheet, values);
  if (example)
    say(
      sheet.columns[0]!.key,
      '这是模板中的示例行，请删除或改写后再导入 / the template example row: delete or replace it',
    );
  return { say, example, clean: () => issues.length === before };
}

function planUnits(rows: Row[], existing: ExistingDirectory, issues: ImportIssue[]): PlannedUnit[] {
  const sheet = UNITS_SHEET;
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  const planned: PlannedUnit[] = [];
  for (const { row, values } of rows) {
    const { say, clean, example } = rowJudge(sheet, row, values, issues);
    if (example) continue;
    const name = parseCell(ZName, values.name ?? '');
    if (!name.ok) say('name', name.message);
    else if (seenNames.has(name.value))
      say(
        'name',
        `与第 ${seenNames.get(name.value)} 行重名 / same name as row ${seenNames.get(name.value)}`,
        true,
      );
    else if (existing.units.some((u) => u.name === name.value))
      say('name', '已有同名单位 / a unit with this name exists', true);
    let creditCode: string | null = null;
    if (values.creditCode) {
      const code = parseCell(ZCreditCode, values.creditCode);
      if (!code.ok) say('creditCode', code.message);
      else if (seenCodes.has(code.value))
        say(
          'creditCode',
          `与第 ${seenCodes.get(code.value)} 行代码重复 / same code as row ${seenCodes.get(code.value)}`,
          true,
        );
      else if (existing.units.some((u) => u.creditCode === code.value))
        say('creditCode', '该统一社会信用代码已被其他单位使用 / this code belongs to another unit', true);
      else creditCode = code.value;
    }
    if (name.ok && !seenNames.has(name.value)) seenNames.set(name.value, row);
    if (creditCode) seenCodes.set(creditCode, row);
    if (clean() && name.ok) planned.push({ row, name: name.value, creditCode });
  }
  return planned;
}

/** A unit named by name or credit code: one created by this file first, then the database. */
function findUnit(
  text: string,
  unitRows: Row[],
  planned: PlannedUnit[],
  existing: ExistingDirectory,
): { ref: UnitRef } | { problem: string } {
  const code = normalizeCreditCode(text);
  const inFile = unitRows.find(
    (r) => r.values.name === text || normalizeCreditCode(r.values.creditCode ?? '') === code,
  );
  if (inFile) {
    const index = planned.findIndex((p) => p.row === inFile.row);
    return index >= 0
      ? { ref: { newIndex: index } }
      : {
          problem: `所属单位在「执法单位」表第 ${inFile.row} 行，该行有错误 / its unit's row ${inFile.row} has errors`,
        };
  }
  const found = existing.units.find((u) => u.name === text || u.creditCode === code);
  if (!found) return { problem: '找不到这个单位（填写单位名称或统一社会信用代码） / no such unit' };
  if (!found.active) return { problem: '该单位已停用 / the unit is inactive' };
  return { ref: { existingId: found.id } };
}

function planUsers(
  rows: Row[],
  unitRows: Row[],
  units: PlannedUnit[],
  existing: ExistingDirectory,
  issues: ImportIssue[],
): PlannedUser[] {
  const sheet = USERS_SHEET;
  const taken = new Set(existing.usernames.map((u) => u.toLowerCase()));
  const seen = new Map<string, number>();
  const planned: PlannedUser[] = [];
  for (const { row, values } of rows) {
    const { say, clean, example } = rowJudge(sheet, row, values, issues);
    if (example) continue;
    const username = parseCell(ZUsername, values.username ?? '');
    const key = username.ok ? username.value.toLowerCase() : '';
    if (!username.ok) say('username', username.message);
    else if (seen.has(key))
      say('username', `与第 ${seen.get(key)} 行用户名重复 / same username as row ${seen.get(key)}`, true);
    else if (taken.has(key)) say('username', '用户名已被使用 / this username is taken', true);
    if (username.ok && !seen.has(key)) seen.set(key, row);
    const displayName = parseCell(ZName, values.displayName ?? '');
    if (!displayName.ok) say('displayName', displayName.message);
    const role = roleFromCell(values.role ?? '');
    if (!role)
      say(
        'role',
        values.role ? '不是可选的角色，请从下拉列表中选择 / not a role' : '请选择角色 / choose a role',
      );
    const assignment = role ? assignmentIssues({ role, unitId: values.unit || null }) : [];
    for (const issue of assignment) say('unit', issue.message);
    let unit: UnitRef | null = null;
    if (values.unit && assignment.length === 0) {
      const found = findUnit(values.unit, unitRows, units, existing);
      if ('problem' in found) say('unit', found.problem);
      else unit = found.ref;
    }
    const email = parseCell(ZEmail, values.email ?? '');
    if (!email.ok) say('email', email.message);
    if (clean() && username.ok && displayName.ok && role && email.ok)
      planned.push({
        row,
        username: username.value,
        displayName: displayName.value,
        role,
        unit,
        email: email.value,
      });
  }
  return planned;
}

/** The rows as they would be written, with every issue; write only when `issues` is empty. */
export function planImport(
  input: ImportInput,
  existing: ExistingDirectory,
): { plan: ImportPlan; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const unitRows = readSheet(UNITS_SHEET, input.units, issues);
  const userRows = readSheet(USERS_SHEET, input.users, issues);
  if (issues.length === 0 && unitRows.length === 0 && userRows.length === 0)
    issues.push(issueAt(UNITS_SHEET, 2, null, '文件中没有可导入的数据 / the file has no rows to import'));
  const units = planUnits(unitRows, existing, issues);
  const users = planUsers(userRows, unitRows, units, existing, issues);
  return { plan: { units, users }, issues };
}

/** Whatever the database must be asked about: the unit names and codes, and the usernames. */
export function importLookups(input: ImportInput): { unitKeys: string[]; usernames: string[] } {
  const ignored: ImportIssue[] = [];
  const units = readSheet(UNITS_SHEET, input.units, ignored).map((r) => r.values);
  const users = readSheet(USERS_SHEET, input.users, ignored).map((r) => r.values);
  const keys = [...units.flatMap((u) => [u.name, u.creditCode]), ...users.map((u) => u.unit)]
    .filter((k): k is string => !!k && k.length <= 200)
    .flatMap((k) => [k, normalizeCreditCode(k)]);
  const usernames = users.map((u) => u.username).filter((u): u is string => !!u && u.length <= 50);
  return { unitKeys: [...new Set(keys)], usernames: [...new Set(usernames)] };
}

const [zhPart, enPart] = [(m: string) => m.split(' / ')[0]!, (m: string) => m.split(' / ')[1] ?? m];

/** An issue as problem+json reports it: `users.5.role` and a message naming sheet, row and column. */
export function importIssueToField(issue: ImportIssue): FieldIssue {
  const sheet = SHEETS[issue.sheet];
  const column = sheet.columns.find((c) => c.key === issue.column);
  const zhWhere = `「${sheet.title}」第 ${issue.row} 行${column ? `「${column.header}」` : ''}`;
  const enWhere = `${issue.sheet} row ${issue.row}${issue.column ? ` (${issue.column})` : ''}`;
  return {
    path: [issue.sheet, issue.row, issue.column].filter((p) => p !== null).join('.'),
    message: `${zhWhere}：${zhPart(issue.message)} / ${enWhere}: ${enPart(issue.message)}`,
  };
}
