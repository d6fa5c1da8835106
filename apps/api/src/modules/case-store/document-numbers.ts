import { type NumberSeries, shanghaiDate, type TOfficeProfile } from '@sp/domain';
import type { Db } from './case-store.repository.ts';
import { nextCounterValue } from './case-store.repository.ts';

// 执监通〔2026〕7号 — gap-free numbers per series and year, drawn from `counters` inside the
// transaction that uses them, so a rollback returns the number. Each instrument has its own
// series and the prefix the office profile gives it (督办函 执监督…, 决定书 执监决…); case
// numbers (执监案) too.

export type Series = NumberSeries | 'case';
export type DrawnNumber = { series: Series; year: number; seq: number; number: string };

/** The counter of each series (the 通知书 keeps the key it had before there were instruments). */
const COUNTER: Record<Series, string> = {
  NOTICE: 'notice',
  URGING_LETTER: 'urging_letter',
  OPINION: 'opinion',
  DECISION: 'decision',
  case: 'case',
};
const CASE_PREFIX = '执监案';

export const shanghaiYear = (now: Date) => Number(shanghaiDate(now).slice(0, 4));
export const counterKey = (series: Series, year: number) => `${COUNTER[series]}:${year}`;

/**
 * The next number of `series` for the year of `now` (Asia/Shanghai); numbers restart each year.
 * An instrument's prefix comes from the office profile.
 */
export async function drawNumber(
  db: Db,
  series: Series,
  now: Date,
  profile?: Pick<TOfficeProfile, 'instruments'>,
): Promise<DrawnNumber> {
  const year = shanghaiYear(now);
  const seq = await nextCounterValue(db, counterKey(series, year));
  if (series !== 'case' && !profile) throw new Error(`a ${series} number needs the office profile`);
  const prefix = series === 'case' ? CASE_PREFIX : profile!.instruments[series].numberPrefix;
  return { series, year, seq, number: `${prefix}〔${year}〕${seq}号` };
}
