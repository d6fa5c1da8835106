import {
  isReportFinding,
  shanghaiDate,
  type TCampaignReport,
  type TReviewResults,
  type TReviewResultsQuery,
  tallyReviewResults,
  ZChecklist,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { notFound } from '../../lib/http-errors.ts';
import { toDbDate } from '../registry/registry-dates.ts';
import { toCampaignSummary } from './campaign-view.ts';
import { findCampaign } from './campaigns.repository.ts';
import type { LetterheadSource } from './letterhead.ts';
import { reportRowsOfCampaign, resultsInPeriod, resultsOfCampaign } from './results.repository.ts';

// Results by unit (files, 优秀/合格/不合格, 合格率): of one campaign (its 通报), or of every
// reviewed file decided within a period — `resultsByUnit` is what the statistics page
// (issue 11) reads for 案卷评查合格率.

type Deps = { prisma: PrismaClient; clock: Clock; letterhead: LetterheadSource };
type Row = Awaited<ReturnType<typeof resultsOfCampaign>>[number];

const tally = (rows: Row[]): TReviewResults =>
  tallyReviewResults(
    rows.map((r) => ({
      unitId: r.caseFile.unitId,
      unitName: r.caseFile.unit.name,
      status: r.status,
      grade: r.grade,
    })),
  );

export function createResultsService({ prisma, clock, letterhead }: Deps) {
  return {
    async ofCampaign(campaignId: string): Promise<TReviewResults> {
      const campaign = await findCampaign(prisma, campaignId);
      if (!campaign) throw notFound('未找到该评查活动 / campaign not found');
      return tally(await resultsOfCampaign(prisma, campaignId));
    },

    /** 案卷评查合格率 by unit for files decided in [from, to]. */
    async resultsByUnit(query: TReviewResultsQuery): Promise<TReviewResults> {
      return tally(await resultsInPeriod(prisma, toDbDate(query.from), toDbDate(query.to), query.unitId));
    },

    /** The campaign's 通报: letterhead, results by unit and each file's grade. */
    async report(campaignId: string): Promise<TCampaignReport> {
      const campaign = await findCampaign(prisma, campaignId);
      if (!campaign) throw notFound('未找到该评查活动 / campaign not found');
      const rows = await reportRowsOfCampaign(prisma, campaignId);
      const vetoLabel = new Map(ZChecklist.parse(campaign.checklist).vetoItems.map((v) => [v.key, v.label]));
      const findings = rows
        .map((r) => ({
          number: r.caseFile.number,
          unitName: r.caseFile.unit.name,
          total: r.total,
          grade: r.grade,
          vetoFailed: [...new Set(r.sheets.flatMap((s) => s.vetoFailed))].map((k) => vetoLabel.get(k) ?? k),
          comments: r.sheets.flatMap((s) => (s.comments?.trim() ? [s.comments.trim()] : [])),
          caseNumber: r.findingCase?.number ?? null,
        }))
        .filter((f) => isReportFinding({ grade: f.grade, findingCaseNumber: f.caseNumber }));
      return {
        letterhead: await letterhead.current(),
        campaign: toCampaignSummary(campaign),
        results: tally(rows),
        files: rows.map((r) => ({
          number: r.caseFile.number,
          unitName: r.caseFile.unit.name,
          total: r.total,
          grade: r.grade,
        })),
        findings,
        issuedAt: campaign.closedAt ? shanghaiDate(campaign.closedAt) : shanghaiDate(clock.now()),
      };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
