import { z } from 'zod';
import { DAY_KINDS } from '../calendar/calendar-change.ts';
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
/** One open deadline a calendar change moves (or would move). */
export const ZDeadlineMove = z.object({
  caseId: z.string(),
  number: z.string(),
  unitName: z.string(),
  dueAtBefore: z.string(),
  dueAtAfter: z.string(),
  provisionalBefore: z.boolean(),
  provisionalAfter: z.boolean(),
});
export type TDeadlineMove = z.infer<typeof ZDeadlineMove>;

export const ZCalendarUpdateResult = z.object({
  day: ZCalendarDay,
  recomputedCases: z.int(),
  moves: z.array(ZDeadlineMove),
});

export const ZDeadlinePolicy = z.object({ defaultWorkingDays: z.int().min(1).max(60) });

// The admin calendar pages: status (which years are entered, which are missing), the year view,
// and the open deadlines a change would move — previewed before anything is written.

export const ZCalendarStatus = z.object({
  /** Today in China (the server's clock). */
  today: z.string(),
  arrangedYears: z.array(z.int()),
  /** This year if missing, and from November on next year if missing. */
  missing: z.array(z.int()),
});

export const ZCalendarYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const ZCalendarYearView = z.object({
  year: z.int(),
  arranged: z.boolean(),
  documentNumber: z.string().nullable(),
  enteredAt: z.string().nullable(),
  holidays: z.array(z.object({ name: z.string(), from: z.string(), to: z.string() })),
  makeupWorkdays: z.array(z.object({ date: z.string(), for: z.string() })),
  days: z.array(
    z.object({ date: z.string(), working: z.boolean(), note: z.string(), kind: z.enum(DAY_KINDS) }),
  ),
});
export type TCalendarYearView = z.infer<typeof ZCalendarYearView>;

export const ZCalendarPreview = z.object({ moves: z.array(ZDeadlineMove) });
export type TCalendarPreview = z.infer<typeof ZCalendarPreview>;

export const ZArrangementResult = z.object({
  year: z.int(),
  recomputedCases: z.int(),
  moves: z.array(ZDeadlineMove),
});
