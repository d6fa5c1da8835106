import {
  campaignStepRefusal,
  canScoreSheet,
  canViewSheet,
  fileOutcome,
  gradeOf,
  sheetIssues,
  sheetsOpen,
  type TSheet,
  type TSheetRequest,
  totalOf,
  type UserActor,
  ZChecklist,
  ZThresholds,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, forbidden, notFound, unprocessable } from '../../lib/http-errors.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { unitNames } from './campaigns.repository.ts';
import {
  findSheet,
  lockReviewFile,
  reviewFileStatus,
  type SheetRow,
  sheetsOfUser,
  submittedSheetsOf,
  writeFileOutcome,
  writeSheet,
} from './scoring.repository.ts';
import { toSheetView } from './scoring-view.ts';

// A reviewer's sheet: scores per item within its points, failed veto items, the total and the
// grade; then the file's outcome from all its sheets (final, or to be reconciled), in the same
// transaction under a lock on the file.

type Deps = { prisma: PrismaClient; clock: Clock };

export function createScoringService({ prisma, clock }: Deps) {
  async function visibleSheet(id: string, actor: UserActor): Promise<SheetRow> {
    const row = await findSheet(prisma, id);
    if (!row || !canViewSheet(actor, row.reviewer)) throw notFound('未找到该评查表 / sheet not found');
    return row;
  }

  async function view(row: SheetRow, actor: UserActor) {
    const names = row.reviewer.unitId
      ? await unitNames(prisma, [row.reviewer.unitId])
      : new Map<string, string>();
    return toSheetView(row, actor, row.reviewer.unitId ? (names.get(row.reviewer.unitId) ?? null) : null);
  }

  async function recordSheet(row: SheetRow, body: TSheetRequest, actor: UserActor) {
    const campaign = row.reviewFile.campaign;
    const thresholds = ZThresholds.parse(campaign.thresholds);
    const total = totalOf(body);
    const vetoFailed = [...new Set(body.vetoFailed)];
    await prisma.$transaction(async (tx) => {
      await lockReviewFile(tx, row.reviewFileId);
      if (!sheetsOpen(await reviewFileStatus(tx, row.reviewFileId)))
        throw unprocessable('该案卷已定档，不能再修改评分 / the file already has its final result');
      await writeSheet(tx, row.id, {
        scores: body.scores,
        vetoFailed,
        comments: body.comments ?? null,
        total,
        grade: gradeOf(total, vetoFailed.length > 0, thresholds),
        submittedAt: clock.now(),
        submittedById: actor.id,
      });
      const sheets = await submittedSheetsOf(tx, row.reviewFileId);
      const outcome = fileOutcome(
        sheets.map((s) =>
          s.submittedAt && s.total !== null ? { total: s.total, vetoed: s.vetoFailed.length > 0 } : null,
        ),
        campaign.tolerance,
        thresholds,
      );
      await writeFileOutcome(
        tx,
        row.reviewFileId,
        outcome.status === 'FINAL'
          ? { status: 'FINAL', total: outcome.total, vetoed: outcome.vetoed, grade: outcome.grade }
          : { status: outcome.status, total: null, vetoed: null, grade: null },
      );
    }, TX_OPTIONS);
  }

  return {
    async get(id: string, actor: UserActor): Promise<TSheet> {
      return view(await visibleSheet(id, actor), actor);
    },

    async submit(id: string, body: TSheetRequest, actor: UserActor): Promise<TSheet> {
      const row = await visibleSheet(id, actor);
      if (!canScoreSheet(actor, row.reviewer))
        throw forbidden('只有该评查人员本人可以评分 / only this reviewer may score');
      const refused = campaignStepRefusal('score', row.reviewFile.campaign.status);
      if (refused) throw refused;
      const issues = sheetIssues(ZChecklist.parse(row.reviewFile.campaign.checklist), body);
      if (issues.length > 0)
        throw badRequest('评分超出范围或项目有误 / scores out of range or unknown items', issues);
      await recordSheet(row, body, actor);
      return view((await findSheet(prisma, id))!, actor);
    },

    async mine(actor: UserActor) {
      return (await sheetsOfUser(prisma, actor.id)).map((s) => ({
        id: s.id,
        campaignTitle: s.reviewFile.campaign.title,
        caseFileNumber: s.reviewFile.caseFile.number,
        unitName: s.reviewFile.caseFile.unit.name,
        submittedAt: s.submittedAt?.toISOString() ?? null,
        fileStatus: s.reviewFile.status,
      }));
    },
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
