import {
  campaignStepAllowed,
  canScoreSheet,
  sheetsOpen,
  type TSheet,
  type UserActor,
  ZChecklist,
  ZThresholds,
} from '@sp/domain';
import { z } from 'zod';
import { fromDbDate } from '../registry/registry-dates.ts';
import type { SheetRow } from './scoring.repository.ts';

export const caseFileFactsOf = (f: SheetRow['reviewFile']['caseFile']) => ({
  number: f.number,
  unitName: f.unit.name,
  kind: f.kind,
  decisionDate: fromDbDate(f.decisionDate),
  attachments: f.attachments,
});

export function toSheetView(row: SheetRow, actor: UserActor, reviewerUnitName: string | null): TSheet {
  const { campaign, caseFile, status } = row.reviewFile;
  return {
    id: row.id,
    reviewFileId: row.reviewFileId,
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    caseFile: caseFileFactsOf(caseFile),
    reviewer: { id: row.reviewer.id, name: row.reviewer.name, unitName: reviewerUnitName },
    checklist: ZChecklist.parse(campaign.checklist),
    thresholds: ZThresholds.parse(campaign.thresholds),
    scores: row.scores === null ? null : z.record(z.string(), z.number()).parse(row.scores),
    vetoFailed: row.vetoFailed,
    comments: row.comments,
    total: row.total,
    grade: row.grade,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    fileStatus: status,
    canScore:
      canScoreSheet(actor, row.reviewer) &&
      campaignStepAllowed('score', campaign.status) &&
      sheetsOpen(status),
  };
}
