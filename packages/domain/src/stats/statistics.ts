import type { WorkingCalendar } from '../calendar/calendar.ts';
import { fromDayNumber, shanghaiDate, toDayNumber } from '../calendar/iso-date.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import {
  type CaseSource,
  type CaseState,
  INITIAL_STATE,
  INSTRUMENTS,
  type Instrument,
  SOURCES,
  STATES,
} from '../workflow/vocabulary.ts';
import {
  isOpenCase,
  noticeInstrument,
  noticeLoopEnd,
  REFERRAL_KINDS,
  type ReferralKind,
  referralKind,
  referredForLateness,
  type StatsCaseFacts,
} from './case-facts.ts';
import { implementationRate } from './implementation-rate.ts';
import { onTimeRate, type ReplyTimeliness } from './reply-timeliness.ts';

// The statistics of a period (GET /api/stats): every number is about the cases registered in
// the period (the list's from/to), so each one can be recounted from the list filtered the same
// way. The API counts groups of cases with equal facts; `summarizeStatistics` turns them into
// the numbers with the predicates of case-facts.ts.

/** One group of cases with equal facts, registered in `month` ('YYYY-MM', China) at `unitId`. */
export type StatsGroup = StatsCaseFacts & {
  /** Null: the unit is still undetermined (单位待确定); such cases are in no byUnit row. */
  unitId: string | null;
  source: CaseSource;
  month: string;
  count: number;
};

/** The stages whose average time from registration is reported: every state but the first. */
export const STAGES = STATES.filter((s) => s !== INITIAL_STATE);

/** Working days from registration to the first time a case reached a stage (China's days). */
export const workingDaysToStage = (registeredAt: Date, reachedAt: Date, cal: WorkingCalendar) =>
  workingDaysBetween(shanghaiDate(registeredAt), shanghaiDate(reachedAt), cal);

/**
 * The same count for many cases at once: working days d with start < d ≤ end, from running
 * totals over the days seen so far (each day's calendar is asked once, not once per case).
 */
export function createStageDayCounter(cal: WorkingCalendar) {
  let base = 0;
  let prefix: number[] = []; // prefix[i] = working days in (base, base + i]
  const working = (day: number) => (cal.isWorkingDay(fromDayNumber(day)) ? 1 : 0);
  const ensure = (d: number) => {
    if (prefix.length === 0) {
      base = d;
      prefix = [0];
    }
    if (d < base) {
      const lower = [0];
      for (let day = d + 1; day <= base; day++) lower.push(lower.at(-1)! + working(day));
      const offset = lower.at(-1)!;
      prefix = [...lower.slice(0, -1), ...prefix.map((p) => p + offset)];
      base = d;
    }
    while (base + prefix.length - 1 < d) prefix.push(prefix.at(-1)! + working(base + prefix.length));
  };
  return (registeredAt: Date, reachedAt: Date): number => {
    const s = toDayNumber(shanghaiDate(registeredAt));
    const e = toDayNumber(shanghaiDate(reachedAt));
    if (e <= s) return 0;
    ensure(s);
    ensure(e);
    return prefix[e - base]! - prefix[s - base]!;
  };
}

type LoopCounts = { implemented: number; notImplemented: number };
const addLoop = (c: LoopCounts, g: StatsGroup) => {
  const end = noticeLoopEnd(g);
  if (end === 'IMPLEMENTED') c.implemented += g.count;
  if (end === 'NOT_IMPLEMENTED') c.notImplemented += g.count;
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export type StageTotals = Map<CaseState, { cases: number; workingDays: number }>;

export function summarizeStatistics(input: {
  period: { from: string | null; to: string | null };
  units: { id: string; name: string }[];
  groups: StatsGroup[];
  replies: ReplyTimeliness;
  stages: StageTotals;
}) {
  const { groups } = input;
  const byState = zeros(STATES);
  const bySource = zeros<CaseSource>(SOURCES);
  const noticesByInstrument = zeros<Instrument>(INSTRUMENTS);
  const referralsByReason = zeros<ReferralKind>(REFERRAL_KINDS);
  const loops: LoopCounts = { implemented: 0, notImplemented: 0 };
  const units = new Map(
    input.units.map((u) => [
      u.id,
      {
        unitId: u.id,
        unitName: u.name,
        cases: 0,
        open: 0,
        dueSoon: 0,
        overdue: 0,
        referredForLateness: 0,
        noticesIssued: 0,
        implemented: 0,
        notImplemented: 0,
      },
    ]),
  );
  const months = new Map<string, { month: string; registered: number; noticesIssued: number } & LoopCounts>();
  let cases = 0;
  let noticesIssued = 0;
  let unitUndetermined = 0;

  for (const g of groups) {
    cases += g.count;
    byState[g.state] += g.count;
    bySource[g.source] += g.count;
    addLoop(loops, g);
    if (g.noticeIssued) {
      noticesIssued += g.count;
      noticesByInstrument[noticeInstrument(g.instrument)] += g.count;
    }
    const kind = referralKind(g);
    if (kind) referralsByReason[kind] += g.count;

    if (g.unitId === null) unitUndetermined += g.count;
    const unit = g.unitId === null ? undefined : units.get(g.unitId);
    if (unit) {
      unit.cases += g.count;
      if (isOpenCase(g)) unit.open += g.count;
      if (g.deadline === 'DUE_SOON') unit.dueSoon += g.count;
      if (g.deadline === 'OVERDUE') unit.overdue += g.count;
      if (referredForLateness(g)) {
        unit.overdue += g.count;
        unit.referredForLateness += g.count;
      }
      if (g.noticeIssued) unit.noticesIssued += g.count;
      addLoop(unit, g);
    }

    const m = months.get(g.month) ?? {
      month: g.month,
      registered: 0,
      noticesIssued: 0,
      implemented: 0,
      notImplemented: 0,
    };
    m.registered += g.count;
    if (g.noticeIssued) m.noticesIssued += g.count;
    addLoop(m, g);
    months.set(g.month, m);
  }

  return {
    period: input.period,
    cases,
    byState,
    bySource,
    byUnit: [...units.values()].map((u) => ({ ...u, implementationRate: implementationRate(u) })),
    unitUndetermined,
    noticesIssued,
    noticesByInstrument,
    implemented: loops.implemented,
    notImplemented: loops.notImplemented,
    implementationRate: implementationRate(loops),
    repliesDue: input.replies.due,
    repliesOnTime: input.replies.onTime,
    onTimeRate: onTimeRate(input.replies),
    referrals: {
      total: Object.values(referralsByReason).reduce((a, b) => a + b, 0),
      byReason: referralsByReason,
    },
    stageDays: STAGES.map((state) => {
      const s = input.stages.get(state);
      return {
        state,
        cases: s?.cases ?? 0,
        averageWorkingDays: s && s.cases > 0 ? Math.round((s.workingDays / s.cases) * 10) / 10 : null,
      };
    }),
    trend: [...months.values()]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((m) => ({ ...m, implementationRate: implementationRate(m) })),
  };
}
