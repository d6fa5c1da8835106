import { z } from 'zod';
import type { CalendarOverride } from './calendar.ts';
import { fromDayNumber, isIsoDate, isWeekend, toDayNumber } from './iso-date.ts';

export const ZIsoDate = z.string().refine(isIsoDate, { message: 'expected a real date written YYYY-MM-DD' });

// The longest official holiday so far is 9 days (春节 2026); anything much longer is a typo.
const MAX_HOLIDAY_LENGTH = 15;

/** The days of an arrangement: holiday ranges and 调休 make-up working days. */
export type ArrangementDays = {
  holidays: { name: string; from: string; to: string }[];
  makeupWorkdays: { date: string; for: string }[];
};

/**
 * The rules every arrangement keeps, whether loaded from seeds/calendar or entered by an
 * administrator: real dates, ranges of 1–15 days that do not overlap, make-up days only on a
 * Saturday or Sunday outside every holiday and for a holiday that is listed, each once.
 */
export function checkArrangementDays(a: ArrangementDays, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const names = new Set(a.holidays.map((h) => h.name));
  const offDays = new Set<string>();
  a.holidays.forEach((h, i) => {
    if (!isIsoDate(h.from) || !isIsoDate(h.to)) return;
    const length = toDayNumber(h.to) - toDayNumber(h.from) + 1;
    if (length < 1 || length > MAX_HOLIDAY_LENGTH) {
      issue(['holidays', i], `holiday range ${h.from}..${h.to} must span 1..${MAX_HOLIDAY_LENGTH} days`);
      return;
    }
    for (let d = toDayNumber(h.from); d <= toDayNumber(h.to); d++) {
      const date = fromDayNumber(d);
      if (offDays.has(date)) issue(['holidays', i], `${date} is in two holiday ranges`);
      offDays.add(date);
    }
  });
  const seen = new Set<string>();
  a.makeupWorkdays.forEach((m, i) => {
    if (!isIsoDate(m.date)) return;
    if (seen.has(m.date)) issue(['makeupWorkdays', i], `${m.date} is listed twice`);
    seen.add(m.date);
    // A make-up day only makes sense on a day that is normally off.
    if (!isWeekend(m.date)) issue(['makeupWorkdays', i, 'date'], `${m.date} is not a Saturday or Sunday`);
    if (offDays.has(m.date)) issue(['makeupWorkdays', i, 'date'], `${m.date} is also inside a holiday`);
    if (!names.has(m.for)) issue(['makeupWorkdays', i, 'for'], `no holiday named ${JSON.stringify(m.for)}`);
  });
}

/**
 * One year's 国务院办公厅关于XXXX年部分节假日安排的通知, as stored in seeds/calendar/<year>.json.
 * `verified` records whether every date was checked against the notice text.
 */
export const ZHolidayArrangement = z
  .object({
    year: z.number().int().min(1999).max(9999),
    source: z.object({
      title: z.string().min(1),
      documentNumber: z.string().min(1),
      published: ZIsoDate,
      url: z.url(),
    }),
    verified: z.boolean(),
    verificationNote: z.string().min(1),
    /** Pages whose text the dates were checked against. */
    verifiedAgainst: z.array(z.url()).optional(),
    holidays: z.array(z.object({ name: z.string().min(1), from: ZIsoDate, to: ZIsoDate })).min(1),
    makeupWorkdays: z.array(z.object({ date: ZIsoDate, for: z.string().min(1) })),
  })
  .superRefine(checkArrangementDays);

export type HolidayArrangement = z.infer<typeof ZHolidayArrangement>;

/** Every date in a holiday range is off (note = holiday name); every make-up day is on. */
export function arrangementToOverrides(arrangement: ArrangementDays): CalendarOverride[] {
  const overrides: CalendarOverride[] = [];
  for (const h of arrangement.holidays) {
    for (let d = toDayNumber(h.from); d <= toDayNumber(h.to); d++) {
      overrides.push({ date: fromDayNumber(d), working: false, note: h.name });
    }
  }
  for (const m of arrangement.makeupWorkdays) {
    overrides.push({ date: m.date, working: true, note: `调休上班（${m.for}）` });
  }
  return overrides.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
