import {
  type Actor,
  actDateOf,
  canSeeStatistics,
  createStageDayCounter,
  periodInstants,
  replyTimeliness,
  reportHandlingRate,
  STATS_EXPORT_SHEETS,
  type StageTotals,
  summarizeStatistics,
  type TStats,
  type TStatsQuery,
  tallyReviewResults,
  uncertifiedReasonOn,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { createXlsxStream } from '../../lib/xlsx-stream.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { certificateOf, readAllCitations } from '../case-store/case-officers.ts';
import {
  countConcludedReports,
  firstArrivals,
  groupCases,
  historiesOf,
  listUnits,
  type Period,
  pageOfCases,
  readReviewResults,
} from './stats.repository.ts';

const PAGE = 1000;

/**
 * The center's statistics for a period of registration dates: counts per group of equal facts,
 * then the histories page by page (stages reached, replies due and on time); the domain decides
 * what each fact counts as (stats/).
 */
export function createStatsService({
  prisma,
  clock,
  calendars,
}: {
  prisma: PrismaClient;
  clock: Clock;
  calendars: CalendarService;
}) {
  async function readHistories(period: Period, now: Date) {
    const stageDays = createStageDayCounter(await calendars.current());
    const replies = { due: 0, onTime: 0 };
    const stages: StageTotals = new Map();
    let after: string | null = null;
    for (;;) {
      const cases = await pageOfCases(prisma, period, after, PAGE);
      if (cases.length === 0) break;
      after = cases.at(-1)!.id;
      const registered = new Map(cases.map((c) => [c.id, c.createdAt]));
      for (const e of await firstArrivals(
        prisma,
        cases.map((c) => c.id),
      )) {
        const s = stages.get(e.toState) ?? { cases: 0, workingDays: 0 };
        s.cases++;
        s.workingDays += stageDays(registered.get(e.caseId)!, e.at);
        stages.set(e.toState, s);
      }
      // Only a notice makes a reply due: the other histories need not be read.
      const events = await historiesOf(
        prisma,
        cases.filter((c) => c.noticeIssued).map((c) => c.id),
      );
      for (let i = 0; i < events.length; ) {
        const caseId = events[i]!.caseId;
        let j = i;
        while (j < events.length && events[j]!.caseId === caseId) j++;
        const r = replyTimeliness(
          events.slice(i, j).map((e) => ({ action: e.action, at: e.at, dueAt: dueAtOf(e.data) })),
          now,
        );
        i = j;
        replies.due += r.due;
        replies.onTime += r.onTime;
      }
      if (cases.length < PAGE) break;
    }
    return { replies, stages };
  }

  return {
    async get(actor: Actor, query: TStatsQuery = {}): Promise<TStats> {
      if (!canSeeStatistics(actor)) throw forbidden();
      const now = clock.now();
      const period = periodInstants(query);
      const [units, groups, histories] = await Promise.all([
        listUnits(prisma),
        groupCases(prisma, period, now),
        readHistories(period, now),
      ]);
      return {
        ...summarizeStatistics({
          period: { from: query.from ?? null, to: query.to ?? null },
          units,
          groups,
          ...histories,
        }),
        ...(await quality(prisma, units, period)),
      };
    },
  };
}

type Quality = Pick<
  TStats,
  'reportHandlingRate' | 'reviewPassRate' | 'uncertifiedOfficerCases' | 'qualityByUnit'
>;

/**
 * 举报案件查处率, 案卷评查合格率 and cases citing an uncertified officer, overall and per unit:
 * the domain decides what counts (stats/report-handling-rate.ts, review/results.ts,
 * registry/case-officers.ts); here they are only gathered. Reports and citations are the period's
 * cases like every other number; review results are per campaign, so they count whole.
 */
async function quality(
  prisma: PrismaClient,
  units: { id: string; name: string }[],
  period: Period,
): Promise<Quality> {
  const [reports, reviews, citations] = await Promise.all([
    countConcludedReports(prisma, period),
    readReviewResults(prisma),
    readAllCitations(prisma, period),
  ]);
  const flagged = new Map<string, string>(); // case id → unit id
  for (const c of citations)
    if (
      c.case.unitId &&
      uncertifiedReasonOn(certificateOf(c.officer), actDateOf(c.case.occurredAt, c.case.createdAt).date)
    )
      flagged.set(c.caseId, c.case.unitId);
  const results = tallyReviewResults(
    reviews.map((r) => ({
      unitId: r.caseFile.unitId,
      unitName: r.caseFile.unit.name,
      status: r.status,
      grade: r.grade,
    })),
  );
  const flaggedByUnit = new Map<string, number>();
  for (const unitId of flagged.values()) flaggedByUnit.set(unitId, (flaggedByUnit.get(unitId) ?? 0) + 1);
  return {
    reportHandlingRate: reportHandlingRate(reports).rate,
    reviewPassRate: results.total.passRate,
    uncertifiedOfficerCases: flagged.size,
    qualityByUnit: units.map(({ id: unitId, name: unitName }) => {
      const handling = reportHandlingRate(reports.filter((r) => r.unitId === unitId));
      const review = results.byUnit.find((u) => u.unitId === unitId);
      return {
        unitId,
        unitName,
        reportsConcluded: handling.concluded,
        reportsWithFinding: handling.withFinding,
        reportHandlingRate: handling.rate,
        reviewFilesGraded: review ? review.excellent + review.pass + review.fail : 0,
        reviewFilesPassed: review ? review.excellent + review.pass : 0,
        reviewPassRate: review?.passRate ?? null,
        uncertifiedOfficerCases: flaggedByUnit.get(unitId) ?? 0,
      };
    }),
  };
}

function dueAtOf(data: unknown): string | null {
  const dueAt = (data as { dueAt?: unknown } | null)?.dueAt;
  return typeof dueAt === 'string' ? dueAt : null;
}

export type StatsService = ReturnType<typeof createStatsService>;

/** The statistics as an .xlsx (domain: STATS_EXPORT_SHEETS), streamed like the case export. */
export function statsWorkbook(stats: TStats) {
  const xlsx = createXlsxStream();
  void (async () => {
    for (const s of STATS_EXPORT_SHEETS) {
      const sheet = xlsx.sheet(s.name, s.columns);
      for (const row of s.rows(stats)) sheet.addRow(row);
      sheet.commit();
    }
    await xlsx.commit();
  })().catch((error: unknown) => xlsx.stream.destroy(error as Error));
  return xlsx.stream;
}
