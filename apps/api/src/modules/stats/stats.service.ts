import {
  type Actor,
  actDateOf,
  canSeeStatistics,
  implementationRate,
  reportHandlingRate,
  STATES,
  type TStats,
  tallyReviewResults,
  uncertifiedReasonOn,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { certificateOf, readAllCitations } from '../case-store/case-officers.ts';
import {
  countByState,
  countConcludedReports,
  countDeadlinesByUnit,
  countNotices,
  readReviewResults,
} from './stats.repository.ts';

/** The center's dashboard: cases per state, deadline alerts per unit, notices and 落实率. */
export function createStatsService({ prisma, clock }: { prisma: PrismaClient; clock: Clock }) {
  return {
    async get(actor: Actor): Promise<TStats> {
      if (!canSeeStatistics(actor)) throw forbidden();
      const [states, byUnit, notices] = await Promise.all([
        countByState(prisma),
        countDeadlinesByUnit(prisma, clock.now()),
        countNotices(prisma),
      ]);
      const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as TStats['byState'];
      for (const { state, count } of states) byState[state] = count;
      return {
        byState,
        byUnit,
        noticesIssued: notices.issued,
        implementationRate: implementationRate(notices),
        ...(await quality(prisma, byUnit)),
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
 * registry/case-officers.ts); here they are only gathered.
 */
async function quality(
  prisma: PrismaClient,
  units: { unitId: string; unitName: string }[],
): Promise<Quality> {
  const [reports, reviews, citations] = await Promise.all([
    countConcludedReports(prisma),
    readReviewResults(prisma),
    readAllCitations(prisma),
  ]);
  const flagged = new Map<string, string>(); // case id → unit id
  for (const c of citations)
    if (uncertifiedReasonOn(certificateOf(c.officer), actDateOf(c.case.occurredAt, c.case.createdAt).date))
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
    qualityByUnit: units.map(({ unitId, unitName }) => {
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

export type StatsService = ReturnType<typeof createStatsService>;
