import {
  arrangementToOverrides,
  type CalendarFlags,
  type CalendarOverride,
  datesReplacedBy,
  type HolidayArrangement,
  type TArrangementInput,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

// The calendar as the database holds it: `calendar_days` (one flag per date that differs from
// Mon–Fri) and `calendar_years` (the years whose arrangement has been entered, with it).

type Db = Pick<PrismaClient, 'calendarDay' | 'calendarYear'>;

export const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const yearRange = (year: number) => ({ gte: dateOf(`${year}-01-01`), lt: dateOf(`${year + 1}-01-01`) });

export async function readOverrides(db: Pick<PrismaClient, 'calendarDay'>): Promise<CalendarOverride[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: 'asc' } });
  return rows.map((r) => ({ date: toIsoDate(r.date), working: r.working, note: r.note || undefined }));
}

export async function readArrangedYears(db: Pick<PrismaClient, 'calendarYear'>): Promise<number[]> {
  const rows = await db.calendarYear.findMany({ select: { year: true }, orderBy: { year: 'asc' } });
  return rows.map((r) => r.year);
}

export async function readFlags(db: Db): Promise<CalendarFlags> {
  return { overrides: await readOverrides(db), arrangedYears: await readArrangedYears(db) };
}

export async function listYearDays(db: Db, year: number) {
  const rows = await db.calendarDay.findMany({ where: { date: yearRange(year) }, orderBy: { date: 'asc' } });
  return rows.map((r) => ({ date: toIsoDate(r.date), working: r.working, note: r.note }));
}

export function findYear(db: Db, year: number) {
  return db.calendarYear.findUnique({ where: { year } });
}

export async function upsertDay(db: Db, date: string, working: boolean, note: string) {
  const day = await db.calendarDay.upsert({
    where: { date: dateOf(date) },
    create: { date: dateOf(date), working, note },
    update: { working, note },
  });
  return { date: toIsoDate(day.date), working: day.working, note: day.note };
}

/** Replaces every flag of the arrangement's year (and the dates it lists) and records the year. */
export async function replaceArrangement(
  db: Db,
  a: TArrangementInput,
  enteredById: string | null,
  now: Date,
) {
  const replaced = datesReplacedBy(a);
  const listed = arrangementToOverrides(a);
  const outside = listed.filter((o) => !o.date.startsWith(`${a.year}-`)).map((o) => dateOf(o.date));
  await db.calendarDay.deleteMany({
    where: { OR: [{ date: yearRange(a.year) }, { date: { in: outside } }] },
  });
  await db.calendarDay.createMany({
    data: listed
      .filter((o) => replaced(o.date))
      .map((o) => ({ date: dateOf(o.date), working: o.working, note: o.note ?? '' })),
  });
  const arrangement = a as unknown as Prisma.InputJsonValue;
  await db.calendarYear.upsert({
    where: { year: a.year },
    create: { year: a.year, arrangement, enteredAt: now, enteredById },
    update: { arrangement, enteredAt: now, enteredById },
  });
}

/**
 * Reference data from seeds/calendar: a year already recorded is left alone; a year whose days
 * are present but not recorded (installations older than calendar_years) is only recorded.
 */
export async function loadReferenceYear(db: Db, a: HolidayArrangement): Promise<number> {
  if (await findYear(db, a.year)) return 0;
  const present = await db.calendarDay.count({ where: { date: yearRange(a.year) } });
  const overrides = present > 0 ? [] : arrangementToOverrides(a);
  await db.calendarDay.createMany({
    data: overrides.map((o) => ({ date: dateOf(o.date), working: o.working, note: o.note ?? '' })),
    skipDuplicates: true,
  });
  await db.calendarYear.createMany({
    data: [{ year: a.year, arrangement: a as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  return overrides.length;
}
