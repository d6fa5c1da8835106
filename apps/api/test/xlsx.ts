import ExcelJS from 'exceljs';
import type { TestApp } from './helper.ts';
import { multipart } from './multipart.ts';

// Workbooks for the import tests: a header row and data rows, as a clerk would fill them.

export async function workbook(header: string[], rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('导入');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWorkbook(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

export function uploadXlsx(t: TestApp, cookie: string, url: string, data: Buffer) {
  const body = multipart([
    {
      name: 'file',
      fileName: 'import.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data,
    },
  ]);
  return t.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}
