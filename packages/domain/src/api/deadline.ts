import { z } from 'zod';
import { DEADLINE_BASES } from '../workflow/vocabulary.ts';

/** How a due date was computed (calendar/explainDeadline), as the API returns it. */
export const ZDeadlineExplanation = z.object({
  basis: z.enum(DEADLINE_BASES),
  startDate: z.string(),
  baseDays: z.int(),
  extensionDays: z.int(),
  totalDays: z.int(),
  nominalEndDate: z.string(),
  dueDate: z.string(),
  dueAt: z.string(),
  dueSoonAt: z.string(),
  skipped: z.array(
    z.object({ date: z.string(), reason: z.enum(['WEEKEND', 'HOLIDAY']), note: z.string().optional() }),
  ),
  makeupWorkdays: z.array(z.object({ date: z.string(), note: z.string().optional() })),
  /** Counted through a year whose State Council arrangement has not been entered. */
  provisional: z.boolean(),
  provisionalYears: z.array(z.int()),
  zh: z.string(),
  en: z.string(),
});
