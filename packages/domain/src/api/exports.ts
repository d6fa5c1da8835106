import { zhCN } from '../copy/zh-CN.ts';
import { unitDisplayName } from '../workflow/unit-undetermined.ts';
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
    {
      header: '被监督单位',
      width: 24,
      value: (r) => unitDisplayName(r.summary.unitName, r.summary.reportedUnitName),
    },
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

// ── The statistics workbook ──────────────────────────────────────────────────────────────

type Stats = import('./stats.ts').TStats;
const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export type StatsSheet<T> = { name: string; columns: ExportColumn<T>[]; rows: (s: Stats) => T[] };

const overview: StatsSheet<[string, ExportCell]> = {
  name: '总览',
  columns: [
    { header: '指标', width: 28, value: (r) => r[0] },
    { header: '数值', width: 14, value: (r) => r[1] },
  ],
  rows: (s) => [
    ['统计期间', s.period.from ? `${s.period.from} 至 ${s.period.to}` : '全部'],
    ['登记案件数', s.cases],
    ['下发监督文书数', s.noticesIssued],
    ...Object.entries(s.noticesByInstrument).map(
      ([k, v]) =>
        [`其中：${zhCN.instruments[k as keyof typeof zhCN.instruments]}`, v] as [string, ExportCell],
    ),
    ['整改落实数', s.implemented],
    ['移送未落实数', s.notImplemented],
    ['整改落实率（%）', percent(s.implementationRate)],
    ['应答复数', s.repliesDue],
    ['按期答复数', s.repliesOnTime],
    ['按期答复率（%）', percent(s.onTimeRate)],
    ['移送纪检监察数', s.referrals.total],
  ],
};

type UnitRow = Stats['byUnit'][number];
const byUnit: StatsSheet<UnitRow> = {
  name: '按单位',
  columns: [
    { header: '执法单位', width: 26, value: (u) => u.unitName },
    { header: '登记案件', width: 10, value: (u) => u.cases },
    { header: '办理中', width: 10, value: (u) => u.open },
    { header: '即将到期', width: 10, value: (u) => u.dueSoon },
    { header: '逾期', width: 10, value: (u) => u.overdue },
    { header: '其中逾期移送', width: 12, value: (u) => u.referredForLateness },
    { header: '下发文书', width: 10, value: (u) => u.noticesIssued },
    { header: '整改落实', width: 10, value: (u) => u.implemented },
    { header: '移送未落实', width: 12, value: (u) => u.notImplemented },
    { header: '整改落实率（%）', width: 16, value: (u) => percent(u.implementationRate) },
  ],
  rows: (s) => s.byUnit,
};

const bySource: StatsSheet<[string, number]> = {
  name: '按来源',
  columns: [
    { header: '线索来源', width: 22, value: (r) => r[0] },
    { header: '案件数', width: 10, value: (r) => r[1] },
  ],
  rows: (s) => Object.entries(s.bySource).map(([k, v]) => [zhCN.sources[k as keyof typeof zhCN.sources], v]),
};

const referrals: StatsSheet<[string, number]> = {
  name: '移送原因',
  columns: [
    { header: '移送原因', width: 22, value: (r) => r[0] },
    { header: '案件数', width: 10, value: (r) => r[1] },
  ],
  rows: (s) =>
    Object.entries(s.referrals.byReason).map(([k, v]) => [
      zhCN.referralKinds[k as keyof typeof zhCN.referralKinds],
      v,
    ]),
};

type StageRow = Stats['stageDays'][number];
const stages: StatsSheet<StageRow> = {
  name: '各环节用时',
  columns: [
    { header: '环节', width: 20, value: (r) => zhCN.states[r.state] },
    { header: '到达案件数', width: 12, value: (r) => r.cases },
    { header: '自登记起平均工作日', width: 20, value: (r) => r.averageWorkingDays },
  ],
  rows: (s) => s.stageDays,
};

type MonthRow = Stats['trend'][number];
const trend: StatsSheet<MonthRow> = {
  name: '月度趋势',
  columns: [
    { header: '月份', width: 10, value: (r) => r.month },
    { header: '登记案件', width: 10, value: (r) => r.registered },
    { header: '下发文书', width: 10, value: (r) => r.noticesIssued },
    { header: '整改落实', width: 10, value: (r) => r.implemented },
    { header: '移送未落实', width: 12, value: (r) => r.notImplemented },
    { header: '整改落实率（%）', width: 16, value: (r) => percent(r.implementationRate) },
  ],
  rows: (s) => s.trend,
};

/** The sheets of GET /api/stats/export.xlsx, in order. */
export const STATS_EXPORT_SHEETS = [
  overview,
  byUnit,
  bySource,
  referrals,
  stages,
  trend,
] as StatsSheet<unknown>[];
