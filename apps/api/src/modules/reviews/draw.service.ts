import {
  alreadyDrawn,
  CAMPAIGN_STEP_TARGET,
  canonicalDrawInputs,
  type DrawInputs,
  drawCampaign,
  drawShortfalls,
  finalSeedOf,
  type TDraw,
  type TDrawRequest,
  type TPublicDraw,
  type UserActor,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { duplicate, notFound, unprocessable } from '../../lib/http-errors.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { toDrawView } from './campaign-view.ts';
import {
  findCampaignForDraw,
  findDraw,
  insertDraw,
  insertReviewFile,
  moveCampaignIf,
  unitNames,
} from './campaigns.repository.ts';
import { filesInScope } from './case-files.repository.ts';

// The 双随机 draw, once per campaign: the inputs (files in scope, the pool) in canonical order,
// the pure algorithm of the domain package, then one transaction that moves the campaign from
// OPEN to DRAWN only if it still is OPEN (a concurrent second draw finds 0 rows: 409), stores
// inputs and result for anyone to recompute, and creates the drawn files and their sheets.

type Deps = { prisma: PrismaClient; clock: Clock };
type Campaign = NonNullable<Awaited<ReturnType<typeof findCampaignForDraw>>>;

const drawnAlready = () =>
  duplicate('该评查活动已经抽取过，每次活动只抽取一次 / this campaign has already been drawn');

export function createDrawService({ prisma, clock }: Deps) {
  async function inputsOf(campaign: Campaign, observerValue: string): Promise<DrawInputs> {
    const files = await filesInScope(prisma, campaign);
    const names = await unitNames(prisma, campaign.unitIds);
    return canonicalDrawInputs({
      observerValue,
      filesPerUnit: campaign.filesPerUnit,
      reviewersPerFile: campaign.reviewersPerFile,
      units: campaign.unitIds.map((id) => ({
        id,
        name: names.get(id) ?? '',
        files: files.filter((f) => f.unitId === id).map((f) => ({ id: f.id, number: f.number })),
      })),
      reviewers: campaign.reviewers,
    });
  }

  return {
    async draw(campaignId: string, body: TDrawRequest, actor: UserActor): Promise<TDraw> {
      const campaign = await findCampaignForDraw(prisma, campaignId);
      if (!campaign) throw notFound('未找到该评查活动 / campaign not found');
      if (alreadyDrawn(campaign.status)) throw drawnAlready();
      const inputs = await inputsOf(campaign, body.observerValue ?? '');
      const shortfalls = drawShortfalls(inputs);
      if (shortfalls.length > 0)
        throw unprocessable(
          `无法抽取：${shortfalls.map((s) => s.message.split(' / ')[0]).join('；')}`,
          shortfalls,
        );
      const result = drawCampaign(campaign.seed, campaign.seedCommitment, inputs);
      const now = clock.now();
      const row = await prisma.$transaction(async (tx) => {
        if ((await moveCampaignIf(tx, campaignId, 'OPEN', { status: CAMPAIGN_STEP_TARGET.draw })) === 0)
          throw drawnAlready();
        const draw = await insertDraw(tx, {
          campaignId,
          observerName: body.observerName ?? null,
          finalSeed: finalSeedOf(campaign.seed, inputs.observerValue),
          inputs,
          result,
          drawnById: actor.id,
          drawnAt: now,
        });
        for (const [position, file] of result.files.entries())
          await insertReviewFile(tx, {
            campaignId,
            caseFileId: file.fileId,
            position,
            reviewerIds: file.reviewerIds,
          });
        return draw;
      }, TX_OPTIONS);
      return toDrawView(row);
    },

    /** The published draw: anyone may recompute `result` from `seed` and `inputs`. */
    async publicDraw(id: string): Promise<TPublicDraw> {
      const row = await findDraw(prisma, id);
      if (!row) throw notFound('未找到该抽取记录 / draw not found');
      const { id: _id, campaignId: _c, ...published } = toDrawView(row);
      return published;
    },
  };
}

export type DrawService = ReturnType<typeof createDrawService>;
