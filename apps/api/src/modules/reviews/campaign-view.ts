import {
  type DrawInputs,
  type DrawResult,
  type TCampaign,
  type TCampaignSummary,
  type TDraw,
  type TReviewFileSummary,
  ZChecklist,
  ZDrawInputs,
  ZDrawResult,
  ZThresholds,
} from '@sp/domain';
import { fromDbDate } from '../registry/registry-dates.ts';
import type {
  CampaignRow,
  CampaignSummaryRow,
  DrawRow,
  ReviewFileSummaryRow,
} from './campaigns.repository.ts';

// Rows → the API's shapes (packages/domain/src/api/reviews.ts).

export const toCampaignSummary = (row: CampaignSummaryRow): TCampaignSummary => ({
  id: row.id,
  title: row.title,
  status: row.status,
  periodFrom: fromDbDate(row.periodFrom),
  periodTo: fromDbDate(row.periodTo),
  filesPerUnit: row.filesPerUnit,
  reviewersPerFile: row.reviewersPerFile,
  seedCommitment: row.seedCommitment,
  drawId: row.draw?.id ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const toDrawView = (row: DrawRow): TDraw => ({
  id: row.id,
  campaignId: row.campaignId,
  campaignTitle: row.campaign.title,
  seed: row.campaign.seed,
  seedCommitment: row.campaign.seedCommitment,
  finalSeed: row.finalSeed,
  observerName: row.observerName,
  inputs: ZDrawInputs.parse(row.inputs) as DrawInputs,
  result: ZDrawResult.parse(row.result) as DrawResult,
  drawnAt: row.drawnAt.toISOString(),
});

type SheetFacts = {
  id: string;
  reviewerId: string;
  reviewerName: string;
  submittedAt: Date | string | null;
  total: number | null;
  vetoFailed: string[];
};

/** A sheet in a file's list: who, whether submitted, the total and whether they vetoed. */
export const toSheetSummary = (s: SheetFacts) => ({
  id: s.id,
  reviewerId: s.reviewerId,
  reviewerName: s.reviewerName,
  submitted: s.submittedAt !== null,
  total: s.total,
  vetoed: s.submittedAt === null ? null : s.vetoFailed.length > 0,
});

export const toReviewFileSummary = (row: ReviewFileSummaryRow): TReviewFileSummary => ({
  id: row.id,
  caseFileId: row.caseFileId,
  number: row.caseFile.number,
  unitId: row.caseFile.unitId,
  unitName: row.caseFile.unit.name,
  kind: row.caseFile.kind,
  status: row.status,
  total: row.total,
  grade: row.grade,
  sheets: row.sheets.map((s) => toSheetSummary({ ...s, reviewerName: s.reviewer.name })),
  findingCaseId: row.findingCaseId,
  findingCaseNumber: row.findingCase?.number ?? null,
});

export function toCampaignView(
  row: CampaignRow,
  names: { units: Map<string, string>; lead: string },
): TCampaign {
  return {
    ...toCampaignSummary(row),
    units: row.unitIds.map((id) => ({ id, name: names.units.get(id) ?? '' })),
    fileKinds: row.fileKinds,
    reviewers: row.reviewers.map((r) => ({
      ...r,
      unitName: r.unitId ? (names.units.get(r.unitId) ?? null) : null,
    })),
    checklist: ZChecklist.parse(row.checklist),
    thresholds: ZThresholds.parse(row.thresholds),
    tolerance: row.tolerance,
    leadId: row.leadId,
    leadName: names.lead,
    draw: row.draw ? toDrawView(row.draw) : null,
    files: row.files.map(toReviewFileSummary),
  };
}
