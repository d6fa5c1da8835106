import { PassThrough } from 'node:stream';
import type { ExportColumn } from '@sp/domain';
import ExcelJS from 'exceljs';

// Streaming .xlsx (exceljs's WorkbookWriter): rows are committed as they are written, so a large
// export never holds the sheet in memory. Times become real Excel dates shown in China's time.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F5' } };

export type XlsxSheet<T> = { addRow(row: T): void; commit(): void };

export function createXlsxStream() {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  return {
    stream,
    sheet<T>(name: string, columns: ExportColumn<T>[]): XlsxSheet<T> {
      const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({
        header: c.header,
        width: c.width,
        ...(c.date ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
      }));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.fill = HEADER_FILL;
      });
      header.commit();
      return {
        addRow(row: T) {
          const r = ws.addRow(
            columns.map((c) => {
              const v = c.value(row);
              // Excel has no time zone: write the wall-clock time in China.
              return v instanceof Date ? new Date(v.getTime() + SHANGHAI_OFFSET_MS) : v;
            }),
          );
          columns.forEach((c, i) => {
            if (c.date) r.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
          });
          r.commit();
        },
        commit: () => ws.commit(),
      };
    },
    commit: () => workbook.commit(),
  };
}

/** `attachment; filename*=UTF-8''…` (RFC 6266 / 8187) with an ASCII fallback. */
export const attachmentDisposition = (fileName: string, asciiFallback: string) =>
  `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
