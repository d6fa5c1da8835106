import { z } from 'zod';
import { TEXT_LIMITS } from '../workflow/text-limits.ts';

export const ZCalendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const ZCalendarDay = z.object({ date: z.string(), working: z.boolean(), note: z.string() });
export const ZCalendarDays = z.array(ZCalendarDay);
export const ZCalendarDateParams = z.object({ date: z.iso.date() });
export const ZCalendarDayUpdate = z.object({
  working: z.boolean(),
  note: z.string().trim().max(TEXT_LIMITS.name).default(''),
});
export type TCalendarDayUpdate = z.infer<typeof ZCalendarDayUpdate>;
export const ZCalendarUpdateResult = z.object({ day: ZCalendarDay, recomputedCases: z.int() });

export const ZDeadlinePolicy = z.object({ defaultWorkingDays: z.int().min(1).max(60) });
