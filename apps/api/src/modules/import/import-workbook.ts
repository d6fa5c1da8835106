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
// An upload is at most IMPORT_LIMITS.maxBytes (the route's multipart limit), so it is read in
// memory from its Buffer with exceljs's ordinary reader (JSZip, no temporary files). exceljs's
// streaming WorkbookReader was used before: it parks every worksheet in a temporary file when
// the sheets come before the shared strings (as in every file exceljs or Excel writes), and its
// unzip stream and temp files refused a valid file once under load (admin-import.test.ts).
// The nodes that only cost memory are skipped (a whole-column validation rule would be a million
// entries), and a sheet with far more rows than the limit stops the parse.

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

/** Worksheet nodes the import never looks at; data validations may cover whole columns. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];
/** Row elements a sheet may hold (empty formatted rows count too) before the parse gives up. */
const MAX_SHEET_ROWS = 10 * (IMPORT_LIMITS.maxRowsPerSheet + 1);
const MAX_SHEET_COLUMNS = 200;

const tooManyRows = (title: string) =>
  tooLarge(
    `「${title}」表超过 ${IMPORT_LIMITS.maxRowsPerSheet} 行，请分批导入 / more than ${IMPORT_LIMITS.maxRowsPerSheet} rows: import in parts`,
  );

function readSheet(worksheet: ExcelJS.Worksheet, title: string): SheetInput {
  let headers: string[] = [];
  const rows: { row: number; cells: string[] }[] = [];
  worksheet.eachRow((row) => {
    const width = Math.max(row.cellCount, headers.length);
    const cells = Array.from({ length: width }, (_, i) => cellText(row, i + 1));
    if (row.number === 1) headers = cells;
    else if (cells.some((c) => c !== '')) rows.push({ row: row.number, cells });
  });
  if (rows.length > IMPORT_LIMITS.maxRowsPerSheet) throw tooManyRows(title);
  return { headers, rows };
}

/** The reason exceljs gave, kept on the 400 (as its cause) and in the log. */
export class UnreadableWorkbook extends Error {
  constructor(cause: unknown) {
    super(`unreadable .xlsx: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'UnreadableWorkbook';
  }
}

/** The two sheets of an uploaded workbook, found by their names; 400 when it is no .xlsx. */
export async function readImportWorkbook(file: Buffer): Promise<ImportInput> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      file as unknown as ArrayBuffer,
      {
        ignoreNodes: IGNORED_NODES,
        maxRows: MAX_SHEET_ROWS,
        maxCols: MAX_SHEET_COLUMNS,
      } as Parameters<typeof workbook.xlsx.load>[1],
    );
  } catch (error) {
    if (/^Max row count/.test((error as Error)?.message ?? '')) throw tooManyRows('工作表 / sheet');
    const unreadable = badRequest(
      '无法读取该文件，请上传 .xlsx 格式的 Excel 文件 / not a readable .xlsx file',
      [{ path: 'file', message: '不是有效的 .xlsx 文件 / not a valid .xlsx file' }],
    );
    // Not hidden: the error handler logs the cause with the 400.
    unreadable.cause = new UnreadableWorkbook(error);
    throw unreadable;
  }
  const input: ImportInput = { units: null, users: null };
  for (const sheet of IMPORT_SHEETS) {
    const worksheet = workbook.worksheets.find((w) => w.name.trim() === sheet.title);
    if (worksheet) input[sheet.key] = readSheet(worksheet, sheet.title);
  }
  if (!input.units && !input.users)
    throw badRequest('文件中没有「执法单位」或「用户」工作表，请使用下载的模板 / no 执法单位 or 用户 sheet', [
      { path: 'file', message: '缺少工作表 / missing sheets' },
    ]);
  return input;
}
