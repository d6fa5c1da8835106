import { zhCN } from '../copy/zh-CN.ts';
import type { TCaseSummary, TReporterView } from './cases.ts';

// The .xlsx exports (GET /api/cases/export.xlsx, GET /api/stats/export.xlsx): their columns
// with Chinese headers and widths. Times are written as real Excel dates in China's time.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** More matching rows than this → 413 TOO_LARGE: narrow the filter. */
export const EXPORT_MAX_ROWS = 200_000;

export type ExportCell = string | number | Date | null;
export type ExportColumn<T> = {
  header: string;
  width: number;
  date?: boolean;
  value: (row: T) => ExportCell;
};

const at = (iso: string | null) => (iso ? new Date(iso) : null);
const DEADLINE_WORDS = { ON_TRACK: '期限内', DUE_SOON: '即将到期', OVERDUE: '已逾期' } as const;

export type CaseExportRow = { summary: TCaseSummary; reporter?: TReporterView | null };

/** One row per case; the reporter's columns only for those allowed to see them (canSeeReporter). */
export function caseExportColumns(withReporter: boolean): ExportColumn<CaseExportRow>[] {
  const columns: ExportColumn<CaseExportRow>[] = [
    { header: '案件编号', width: 18, value: (r) => r.summary.number },
    { header: '标题', width: 40, value: (r) => r.summary.title },
    { header: '来源', width: 14, value: (r) => zhCN.sources[r.summary.source] },
    { header: '被监督单位', width: 24, value: (r) => r.summary.unitName },
    { header: '状态', width: 16, value: (r) => zhCN.states[r.summary.state] },
    {
      header: '办结结果',
      width: 16,
      value: (r) => (r.summary.outcome ? zhCN.outcomes[r.summary.outcome] : null),
    },
    { header: '登记时间', width: 18, date: true, value: (r) => at(r.summary.createdAt) },
    { header: '通知书文号', width: 22, value: (r) => r.summary.noticeNumber },
    { header: '整改期限', width: 18, date: true, value: (r) => at(r.summary.dueAt) },
    {
      header: '期限状态',
      width: 12,
      value: (r) => (r.summary.deadlineStatus ? DEADLINE_WORDS[r.summary.deadlineStatus] : null),
    },
    {
      header: '移送原因',
      width: 24,
      value: (r) =>
        r.summary.referralBy === 'SYSTEM'
          ? (zhCN.overdueReasons[r.summary.referralReason as keyof typeof zhCN.overdueReasons] ??
            r.summary.referralReason)
          : r.summary.referralReason,
    },
    { header: '最后更新', width: 18, date: true, value: (r) => at(r.summary.updatedAt) },
  ];
  if (!withReporter) return columns;
  return [
    ...columns,
    {
      header: '举报人',
      width: 14,
      value: (r) => (r.reporter ? (r.reporter.anonymous ? '匿名' : r.reporter.name) : null),
    },
    { header: '举报人电话', width: 16, value: (r) => r.reporter?.phone ?? null },
  ];
}
