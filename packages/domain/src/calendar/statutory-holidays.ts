import { Lunar } from 'lunar-typescript';
import type { CalendarOverride } from './calendar.ts';
import { addDays, type IsoDate } from './iso-date.ts';

// 《全国年节及纪念日放假办法》 (2024 revision, in force 2025-01-01), art. 2: the holidays every
// year has by law, before the State Council's yearly arrangement moves days around (调休).
// They are the fallback for a year whose arrangement has not been entered yet. Lunar dates and
// the 清明 solar term come from lunar-typescript (a maintained calendar library), not a table.

export type StatutoryHoliday = { name: string; dates: IsoDate[] };

/** The statutory holidays of one year, in calendar order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < 1901 || year > 2099) {
    throw new RangeError(`Statutory holidays are computed for 1901–2099, got ${year}`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const solar = (month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;
  const lunar = (month: number, day: number): IsoDate => Lunar.fromYmd(year, month, day).getSolar().toYmd();
  const run = (first: IsoDate, days: number) => Array.from({ length: days }, (_, i) => addDays(first, i));
  // 清明 is the day of the solar term; the table of the lunar year holds the Gregorian year's term.
  const qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable().清明!.toYmd();
  return [
    { name: '元旦', dates: [solar(1, 1)] },
    // 除夕 to 初三: four days, from the eve of the lunar new year.
    { name: '春节', dates: run(addDays(lunar(1, 1), -1), 4) },
    { name: '清明节', dates: [qingming] },
    { name: '劳动节', dates: run(solar(5, 1), 2) },
    { name: '端午节', dates: [lunar(5, 5)] },
    { name: '中秋节', dates: [lunar(8, 15)] },
    { name: '国庆节', dates: run(solar(10, 1), 3) },
  ];
}

/** The statutory holidays as day-off flags; a date with two holidays carries both names. */
export function statutoryOverrides(year: number): CalendarOverride[] {
  const names = new Map<IsoDate, string[]>();
  for (const h of statutoryHolidays(year)) {
    for (const date of h.dates) names.set(date, [...(names.get(date) ?? []), h.name]);
  }
  return [...names.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, n]) => ({ date, working: false, note: n.join('、') }));
}
