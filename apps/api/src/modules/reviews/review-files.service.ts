import {
  campaignStepRefusal,
  canReconcileReview,
  canRunReviews,
  gradeOf,
  maxPoints,
  needsReconciliation,
  type TFindingRequest,
  type TReconcileRequest,
  type TReviewFile,
  type UserActor,
  ZChecklist,
  ZThresholds,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  badRequest,
  conflict,
  duplicate,
  forbidden,
  notFound,
  unprocessable,
} from '../../lib/http-errors.ts';
import { registerCase } from '../cases/register-case.ts';
import { toSheetSummary } from './campaign-view.ts';
import { unitNames } from './campaigns.repository.ts';
import { caseNumber, displayName, reviewFileOfCase } from './results.repository.ts';
import {
  findReviewFile,
  linkFindingCase,
  type ReviewFileRow,
  updateReviewFileIf,
} from './scoring.repository.ts';
import { caseFileFactsOf, toSheetView } from './scoring-view.ts';

// A drawn file as the center sees it: both sheets, the result, the lead's reconciliation, and
// the supervision case a finding opened (registered through the cases module, linked both
// ways in the registration's own transaction).

type Deps = { prisma: PrismaClient; clock: Clock };

export function createReviewFilesService({ prisma, clock }: Deps) {
  async function centerFile(id: string, actor: UserActor): Promise<ReviewFileRow> {
    if (!canRunReviews(actor)) throw forbidden();
    const row = await findReviewFile(prisma, id);
    if (!row) throw notFound('未找到该评查案卷 / file not found');
    return row;
  }

  async function view(row: ReviewFileRow, actor: UserActor): Promise<TReviewFile> {
    const campaign = row.campaign;
    const ids = row.sheets.flatMap((s) => (s.reviewer.unitId ? [s.reviewer.unitId] : []));
    const [units, reconciler, finding] = await Promise.all([
      unitNames(prisma, ids),
      displayName(prisma, row.reconciledById),
      caseNumber(prisma, row.findingCaseId),
    ]);
    const fullSheets = row.sheets.map((s) =>
      toSheetView(s, actor, s.reviewer.unitId ? (units.get(s.reviewer.unitId) ?? null) : null),
    );
    return {
      id: row.id,
      caseFileId: row.caseFile.id,
      number: row.caseFile.number,
      unitId: row.caseFile.unitId,
      unitName: row.caseFile.unit.name,
      kind: row.caseFile.kind,
      status: row.status,
      total: row.total,
      grade: row.grade,
      sheets: fullSheets.map((s) =>
        toSheetSummary({ ...s, reviewerId: s.reviewer.id, reviewerName: s.reviewer.name }),
      ),
      findingCaseId: row.findingCaseId,
      findingCaseNumber: finding,
      campaignId: campaign.id,
      campaignTitle: campaign.title,
      campaignStatus: campaign.status,
      caseFile: caseFileFactsOf(row.caseFile),
      checklist: ZChecklist.parse(campaign.checklist),
      thresholds: ZThresholds.parse(campaign.thresholds),
      tolerance: campaign.tolerance,
      fullSheets,
      reconciliation:
        row.reconciledAt && row.reconcileNote
          ? { note: row.reconcileNote, byName: reconciler, at: row.reconciledAt.toISOString() }
          : null,
      canReconcile: canReconcileReview(actor, campaign) && needsReconciliation(row.status),
    };
  }

  return {
    async get(id: string, actor: UserActor) {
      return view(await centerFile(id, actor), actor);
    },

    /** 合议: the lead records the agreed total and veto; the grade follows the thresholds. */
    async reconcile(id: string, body: TReconcileRequest, actor: UserActor) {
      const row = await centerFile(id, actor);
      if (!canReconcileReview(actor, row.campaign))
        throw forbidden('只有评查组长或主任可以合议定档 / the campaign lead only');
      const refused = campaignStepRefusal('reconcile', row.campaign.status);
      if (refused) throw refused;
      if (!needsReconciliation(row.status))
        throw unprocessable('该案卷不需要合议 / this file needs no reconciliation', [], 'WRONG_STATE');
      const max = maxPoints(ZChecklist.parse(row.campaign.checklist));
      if (body.total > max)
        throw badRequest(`总分不能超过 ${max} / at most ${max}`, [{ path: 'total', message: `0–${max}` }]);
      const grade = gradeOf(body.total, body.vetoed, ZThresholds.parse(row.campaign.thresholds));
      const moved = await updateReviewFileIf(prisma, id, 'NEEDS_RECONCILIATION', {
        status: 'FINAL',
        total: body.total,
        vetoed: body.vetoed,
        grade,
        reconcileNote: body.note,
        reconciledById: actor.id,
        reconciledAt: clock.now(),
      });
      if (moved === 0) throw conflict('该案卷刚被他人修改，请刷新 / the file was just changed; reload');
      return view((await findReviewFile(prisma, id))!, actor);
    },

    /** 发现问题 → a supervision case (source CASE_FILE_REVIEW), once per file, linked both ways. */
    async openFinding(id: string, body: TFindingRequest, actor: UserActor) {
      const row = await centerFile(id, actor);
      if (row.findingCaseId)
        throw duplicate('该案卷已转为监督案件 / a case was already opened for this file');
      const { row: created } = await registerCase(
        prisma,
        {
          source: 'CASE_FILE_REVIEW',
          title: body.title || `案卷评查发现问题：${row.caseFile.number}`,
          description: body.description,
          unitId: row.caseFile.unitId,
        },
        actor,
        clock.now(),
        {
          afterCreate: async (tx, c) => {
            const count = await linkFindingCase(tx, id, c.id);
            if (count === 0)
              throw duplicate('该案卷已转为监督案件 / a case was already opened for this file');
          },
        },
      );
      return { caseId: created.id, caseNumber: created.number };
    },

    /** The other way of the link: from a case to the reviewed file it came from (center only). */
    async caseLink(caseId: string, actor: UserActor) {
      if (!canRunReviews(actor)) return { link: null };
      const file = await reviewFileOfCase(prisma, caseId);
      return {
        link: file
          ? {
              reviewFileId: file.id,
              campaignId: file.campaign.id,
              campaignTitle: file.campaign.title,
              caseFileNumber: file.caseFile.number,
            }
          : null,
      };
    },
  };
}

export type ReviewFilesService = ReturnType<typeof createReviewFilesService>;
