import { z } from 'zod';
import { REFERRAL_KINDS } from '../stats/case-facts.ts';
import { INSTRUMENTS, SOURCES, STATES } from '../workflow/vocabulary.ts';
import { refinePeriod } from './cases.ts';
import { ZIsoDate } from './registry.ts';

/** The period of the statistics: registration dates, inclusive; both or neither (all time). */
export const ZStatsQuery = z
  .object({ from: ZIsoDate.optional(), to: ZIsoDate.optional() })
  .superRefine((p, ctx) => {
    if ((p.from === undefined) !== (p.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [p.from === undefined ? 'from' : 'to'],
        message: '请同时给出开始和结束日期 / give both from and to',
      });
    refinePeriod(p, ctx);
  });
export type TStatsQuery = z.infer<typeof ZStatsQuery>;

const rate = z.number().nullable();
const ZLoop = { implemented: z.int(), notImplemented: z.int(), implementationRate: rate };

/**
 * The center's statistics (GET /api/stats) over the cases registered in the period (all cases
 * without one): each number can be recounted from GET /api/cases with the same from/to.
 * open / dueSoon / overdue are as of now; overdue also counts the cases referred for lateness.
 */
export const ZStats = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  cases: z.int(),
  byState: z.record(z.enum(STATES), z.int()),
  bySource: z.record(z.enum(SOURCES), z.int()),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      cases: z.int(),
      open: z.int(),
      dueSoon: z.int(),
      overdue: z.int(),
      referredForLateness: z.int(),
      noticesIssued: z.int(),
      ...ZLoop,
    }),
  ),
  /** Cases of the period whose unit is still undetermined (单位待确定); they are in no byUnit row. */
  unitUndetermined: z.int(),
  noticesIssued: z.int(),
  noticesByInstrument: z.record(z.enum(INSTRUMENTS), z.int()),
  implemented: z.int(),
  notImplemented: z.int(),
  /** Siping's 落实率 (stats/implementation-rate.ts): rectified ÷ ended loops, a referral counting as not implemented; null before any. */
  implementationRate: rate,
  repliesDue: z.int(),
  repliesOnTime: z.int(),
  /** Replies submitted by their due date ÷ replies that fell due (stats/reply-timeliness.ts). */
  onTimeRate: rate,
  referrals: z.object({ total: z.int(), byReason: z.record(z.enum(REFERRAL_KINDS), z.int()) }),
  /** Average working days from registration to the first time a case reached each state. */
  stageDays: z.array(
    z.object({ state: z.enum(STATES), cases: z.int(), averageWorkingDays: z.number().nullable() }),
  ),
  trend: z.array(z.object({ month: z.string(), registered: z.int(), noticesIssued: z.int(), ...ZLoop })),
  /** 举报案件查处率 (stats/report-handling-rate.ts): citizens' reports concluded with a finding ÷ concluded; null before any. */
  reportHandlingRate: z.number().nullable(),
  /** 案卷评查合格率 (review/results.ts): reviewed files graded 优秀 or 合格 ÷ files with a final grade; null before any. */
  reviewPassRate: z.number().nullable(),
  /** Cases citing an officer whose 执法证 was not valid on the act's date (registry/case-officers.ts). */
  uncertifiedOfficerCases: z.int(),
  /** The same three per unit (ordered by unit name), with the counts behind each rate. */
  qualityByUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      reportsConcluded: z.int(),
      reportsWithFinding: z.int(),
      reportHandlingRate: z.number().nullable(),
      reviewFilesGraded: z.int(),
      reviewFilesPassed: z.int(),
      reviewPassRate: z.number().nullable(),
      uncertifiedOfficerCases: z.int(),
    }),
  ),
});
export type TStats = z.infer<typeof ZStats>;
