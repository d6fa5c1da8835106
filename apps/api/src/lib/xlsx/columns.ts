import { badRequest } from '../http-errors.ts';

// One column of an .xlsx import: its key in the row object, its Chinese header (the template
// writes it, the reader matches it), whether it must be filled, and a line for the 说明 sheet.
export type ImportColumn<K extends string = string> = {
  key: K;
  header: string;
  required: boolean;
  help: string;
  example: string;
};

export type SheetRow<K extends string> = { rowNumber: number; values: Record<K, string> };

/** An error in a row, addressed so a clerk finds it: 第 3 行「执法证号」. */
export const rowIssue = (rowNumber: number, column: ImportColumn, message: string) => ({
  path: `rows.${rowNumber}.${column.key}`,
  message: `第 ${rowNumber} 行「${column.header}」：${message}`,
});

/** A list cell: 市场监管、食品安全 (顿号, commas or semicolons). */
export const splitList = (text: string): string[] =>
  text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** All or nothing: one 400 listing every row's problems; nothing was written. */
export function importFailed(issues: { path: string; message: string }[]) {
  const rows = new Set(issues.map((i) => i.path.split('.')[1])).size;
  return badRequest(
    `导入失败：${rows} 行有误，未导入任何数据 / ${rows} rows have errors; nothing was imported`,
    issues,
  );
}
