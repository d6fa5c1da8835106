import { z } from 'zod';
import { STATES } from '../workflow/vocabulary.ts';

/** The staff/director dashboard (GET /api/stats): counts per state, deadline alerts per unit. */
export const ZStats = z.object({
  byState: z.record(z.enum(STATES), z.int()),
  byUnit: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), open: z.int(), dueSoon: z.int(), overdue: z.int() }),
  ),
  noticesIssued: z.int(),
  /** Siping's 落实率 (stats/implementation-rate.ts): rectified ÷ ended loops, a referral counting as not implemented; null before any. */
  implementationRate: z.number().nullable(),
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
