import ExcelJS from 'exceljs';
import type { ImportColumn } from './columns.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import template: the header row to fill in, and a 填写说明 sheet with an example row. */
export async function buildTemplate(sheetName: string, columns: readonly ImportColumn[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, c.header.length * 3),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 18 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'help', width: 60 },
    { header: '示例', key: 'example', width: 30 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns)
    help.addRow({ header: c.header, required: c.required ? '是' : '否', help: c.help, example: c.example });
  help.addRow({});
  help.addRow({ header: '提示', help: '任何一行有误时整份文件都不会导入，请按提示的行号修改后重新上传。' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
