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
});
export type TStats = z.infer<typeof ZStats>;
