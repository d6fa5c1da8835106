import { z } from 'zod';

/** How a due date was computed (calendar/explainDeadline), as the API returns it. */
export const ZDeadlineExplanation = z.object({
  startDate: z.string(),
  baseWorkingDays: z.int(),
  extensionDays: z.int(),
  totalWorkingDays: z.int(),
  dueDate: z.string(),
  dueAt: z.string(),
  dueSoonAt: z.string(),
  skipped: z.array(
    z.object({ date: z.string(), reason: z.enum(['WEEKEND', 'HOLIDAY']), note: z.string().optional() }),
  ),
  makeupWorkdays: z.array(z.object({ date: z.string(), note: z.string().optional() })),
  zh: z.string(),
  en: z.string(),
});
