import { Readable } from 'node:stream';
import {
  IMPORT_LIMITS,
  IMPORT_SHEETS,
  type ImportInput,
  type ImportSheet,
  ROLE_CHOICES,
  type SheetInput,
  USERS_SHEET,
} from '@sp/domain';
import ExcelJS from 'exceljs';
import { badRequest, tooLarge } from '../../lib/http-errors.ts';

// The .xlsx side of the import, with exceljs: writing the template and reading an upload.
// Uploads are read with exceljs's streaming reader, which looks only at cell values: it never
// expands data-validation ranges (a whole-column rule would mean a million entries) and stops
// at the row limit instead of loading the whole sheet.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEMPLATE_FILE_NAME = '执法单位和用户导入模板.xlsx';

type ValidationList = { add(range: string, rule: ExcelJS.DataValidation): void };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F5' } };

function addSheet(workbook: ExcelJS.Workbook, sheet: ImportSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { numFmt: '@' },
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.note = c.note;
  });
  const example = ws.addRow(sheet.example);
  example.font = { italic: true, color: { argb: 'FF595959' } };
  return ws;
}

/** The template: 执法单位 and 用户 sheets, headers with notes, one example row, a role drop-down. */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '执法监督+';
  const [, users] = IMPORT_SHEETS.map((sheet) => addSheet(workbook, sheet));
  const roleColumn = String.fromCharCode(65 + USERS_SHEET.columns.findIndex((c) => c.key === 'role'));
  // exceljs has dataValidations on every worksheet; its typings leave it out.
  const validations = (users as unknown as { dataValidations: ValidationList }).dataValidations;
  validations.add(`${roleColumn}2:${roleColumn}${IMPORT_LIMITS.maxRowsPerSheet + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${ROLE_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '角色',
    error: '请从下拉列表中选择角色',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellText = (row: ExcelJS.Row, column: number) => row.getCell(column).text?.trim() ?? '';

async function readSheet(reader: AsyncIterable<ExcelJS.Row>, title: string): Promise<SheetInput> {
  let headers: string[] = [];
  const rows: { row: number; cells: string[] }[] = [];
  for await (const row of reader) {
    const width = Math.max(row.cellCount, headers.length);
    const cells = Array.from({ length: width }, (_, i) => cellText(row, i + 1));
    if (row.number === 1) headers = cells;
    else if (cells.some((c) => c !== '')) rows.push({ row: row.number, cells });
    if (rows.length > IMPORT_LIMITS.maxRowsPerSheet)
      throw tooLarge(
        `「${title}」表超过 ${IMPORT_LIMITS.maxRowsPerSheet} 行，请分批导入 / more than ${IMPORT_LIMITS.maxRowsPerSheet} rows: import in parts`,
      );
  }
  return { headers, rows };
}

/** The two sheets of an uploaded workbook, found by their names; 400 when it is no .xlsx. */
export async function readImportWorkbook(file: Buffer): Promise<ImportInput> {
  const input: ImportInput = { units: null, users: null };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      // The reader's typings omit the sheet's name, which it does set.
      const name = (worksheet as unknown as { name: string }).name.trim();
      const sheet = IMPORT_SHEETS.find((s) => s.title === name);
      if (sheet && input[sheet.key] === null) input[sheet.key] = await readSheet(worksheet, sheet.title);
    }
  } catch (error) {
    if ((error as { status?: number }).status === 413) throw error;
    throw badRequest('无法读取该文件，请上传 .xlsx 格式的 Excel 文件 / not a readable .xlsx file', [
      { path: 'file', message: '不是有效的 .xlsx 文件 / not a valid .xlsx file' },
    ]);
  }
  if (!input.units && !input.users)
    throw badRequest('文件中没有「执法单位」或「用户」工作表，请使用下载的模板 / no 执法单位 or 用户 sheet', [
      { path: 'file', message: '缺少工作表 / missing sheets' },
    ]);
  return input;
}
