import { zhCN } from '../copy/zh-CN.ts';
import { ROLES, type Role } from '../workflow/vocabulary.ts';

// The .xlsx that offices fill in to import units and users (issue 8): two sheets with Chinese
// headers, one example row each. The API writes the template and reads uploads with exceljs;
// what the columns mean and how a row is judged lives here.

export const IMPORT_LIMITS = {
  /** Larger uploads are refused with 413 before they are opened. */
  maxBytes: 1024 * 1024,
  /** Data rows per sheet; more is refused with 413 (import a large office in parts). */
  maxRowsPerSheet: 2000,
} as const;

export type ImportSheetKey = 'units' | 'users';
export type ImportColumn = {
  key: string;
  header: string;
  note: string;
  width: number;
  /** A column added later: files made from an older template without it are still read. */
  mayBeAbsent?: boolean;
};
export type ImportSheet = {
  key: ImportSheetKey;
  title: string;
  columns: readonly ImportColumn[];
  example: Readonly<Record<string, string>>;
};

const EXAMPLE_UNIT = '示例：某县市场监督管理局';

export const UNITS_SHEET: ImportSheet = {
  key: 'units',
  title: '执法单位',
  columns: [
    { key: 'name', header: '单位名称', note: '必填；与已有单位不能重名', width: 36 },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      note: '选填；18 位，按文本填写，系统核对校验位',
      width: 26,
    },
  ],
  example: { name: EXAMPLE_UNIT, creditCode: '11220300013644083J' },
};

export const USERS_SHEET: ImportSheet = {
  key: 'users',
  title: '用户',
  columns: [
    { key: 'username', header: '用户名', note: '必填；字母、数字和 . _ - @，登录时使用', width: 18 },
    { key: 'displayName', header: '姓名', note: '必填；可注明职务，如“王芳（经办人）”', width: 24 },
    { key: 'role', header: '角色', note: '必填；从下拉列表中选择', width: 20 },
    {
      key: 'unit',
      header: '所属单位',
      note: '执法单位的用户必填：单位名称或统一社会信用代码（可为本文件“执法单位”表中的单位）；其他角色不填',
      width: 36,
    },
    {
      key: 'email',
      header: '邮箱',
      note: '选填；填写后每天收到待办和临近期限的邮件摘要（服务器配置了 SMTP 时）',
      width: 28,
      mayBeAbsent: true,
    },
  ],
  example: {
    username: 'example.handler',
    displayName: '示例：王芳',
    role: zhCN.roles.UNIT_HANDLER,
    unit: EXAMPLE_UNIT,
    email: 'wangfang@example.gov.cn',
  },
};

export const IMPORT_SHEETS = [UNITS_SHEET, USERS_SHEET] as const;

/** The words the role column accepts, in the order the template's drop-down offers them. */
export const ROLE_CHOICES: readonly string[] = ROLES.map((r) => zhCN.roles[r]);

/** A role from its Chinese name (as the drop-down writes it) or its code (UNIT_LEADER). */
export function roleFromCell(text: string): Role | null {
  const t = text.trim();
  const byName = ROLES.find((r) => zhCN.roles[r] === t);
  if (byName) return byName;
  return ROLES.find((r) => r === t.toUpperCase()) ?? null;
}

/** Whether a row is the template's example left in place (imported, it would create 示例 data). */
export function isExampleRow(sheet: ImportSheet, values: Record<string, string>): boolean {
  return sheet.columns
    .filter((c) => !c.mayBeAbsent)
    .every((c) => (values[c.key] ?? '').trim() === (sheet.example[c.key] ?? ''));
}
