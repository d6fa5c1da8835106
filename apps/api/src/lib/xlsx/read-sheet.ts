import ExcelJS from 'exceljs';
import { badRequest } from '../http-errors.ts';
import type { ImportColumn, SheetRow } from './columns.ts';

// Reads the first worksheet of an uploaded .xlsx into rows of trimmed strings keyed by column,
// matching the header row by the Chinese header (or the key). Empty rows are skipped; row
// numbers are the spreadsheet's own, so error messages point at the line the clerk sees.

export const MAX_IMPORT_ROWS = 5000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest('无法读取该文件，请使用下载的 .xlsx 模板 / not a readable .xlsx file', [
      { path: 'file', message: '不是有效的 .xlsx 文件 / not an .xlsx file' },
    ]);
  }
  return workbook;
}

export async function readSheetRows<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
): Promise<SheetRow<K>[]> {
  const sheet = (await loadWorkbook(buffer)).worksheets[0];
  if (!sheet) throw badRequest('文件中没有工作表 / the workbook has no sheet');
  const positions = new Map<K, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    const column = columns.find((c) => c.header === text || c.key === text);
    if (column) positions.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0)
    throw badRequest(`表头缺少：${missing.map((c) => c.header).join('、')} / missing columns`, [
      ...missing.map((c) => ({
        path: `columns.${c.key}`,
        message: `缺少「${c.header}」列 / missing column`,
      })),
    ]);
  if (sheet.rowCount - 1 > MAX_IMPORT_ROWS)
    throw badRequest(`一次最多导入 ${MAX_IMPORT_ROWS} 行 / at most ${MAX_IMPORT_ROWS} rows`);
  const rows: SheetRow<K>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const values = {} as Record<K, string>;
    for (const c of columns) {
      const col = positions.get(c.key);
      values[c.key] = col === undefined ? '' : cellText(row.getCell(col).value);
    }
    if (Object.values<string>(values).some((v) => v !== '')) rows.push({ rowNumber: n, values });
  }
  if (rows.length === 0) throw badRequest('文件中没有数据行 / no data rows');
  return rows;
}
