import { type NumberSeries, shanghaiDate } from '@sp/domain';
import type { Db } from './case-store.repository.ts';
import { nextCounterValue } from './case-store.repository.ts';

// 执监通〔2026〕7号 — gap-free numbers per series and year, drawn from `counters` inside the
// transaction that uses them, so a rollback returns the number. Case numbers (执监案) too.

export type Series = NumberSeries | 'case';
export type DrawnNumber = { series: Series; year: number; seq: number; number: string };

const FORMAT: Record<Series, (year: number, seq: number) => string> = {
  notice: (year, seq) => `执监通〔${year}〕${seq}号`,
  case: (year, seq) => `执监案〔${year}〕${seq}号`,
};

export const shanghaiYear = (now: Date) => Number(shanghaiDate(now).slice(0, 4));
export const counterKey = (series: Series, year: number) => `${series}:${year}`;

/** The next number of `series` for the year of `now` (Asia/Shanghai); numbers restart each year. */
export async function drawNumber(db: Db, series: Series, now: Date): Promise<DrawnNumber> {
  const year = shanghaiYear(now);
  const seq = await nextCounterValue(db, counterKey(series, year));
  return { series, year, seq, number: FORMAT[series](year, seq) };
}
