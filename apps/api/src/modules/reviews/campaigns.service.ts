import { randomBytes } from 'node:crypto';
import {
  CAMPAIGN_STEP_TARGET,
  campaignStepRefusal,
  checklistIssues,
  type FieldIssue,
  isFinal,
  seedCommitmentOf,
  type TCampaign,
  type TCreateCampaignRequest,
  type UserActor,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../lib/http-errors.ts';
import { toDbDate } from '../registry/registry-dates.ts';
import { toCampaignSummary, toCampaignView } from './campaign-view.ts';
import {
  activeUsers,
  findCampaign,
  insertCampaign,
  listCampaigns,
  moveCampaignIf,
  unitNames,
} from './campaigns.repository.ts';
import { displayName } from './results.repository.ts';

// 案卷评查 campaigns: opened with a secret seed whose sha256 is published at once (the draw
// reveals it), a scope, a reviewer pool and a checklist; closed when every file is graded.

type Deps = { prisma: PrismaClient; clock: Clock };

export function createCampaignsService({ prisma, clock }: Deps) {
  async function resolveReviewers(input: TCreateCampaignRequest) {
    const userIds = input.reviewers.flatMap((r) => (r.userId ? [r.userId] : []));
    if (new Set(userIds).size !== userIds.length)
      throw badRequest('评查人员重复 / a reviewer is listed twice', [
        { path: 'reviewers', message: '重复 / duplicate' },
      ]);
    const users = new Map((await activeUsers(prisma, userIds)).map((u) => [u.id, u]));
    const issues: FieldIssue[] = [];
    const reviewers = input.reviewers.map((r, i) => {
      if (!r.userId) return { userId: null, name: r.name ?? '', unitId: r.unitId ?? null };
      const user = users.get(r.userId);
      if (!user)
        issues.push({
          path: `reviewers.${i}.userId`,
          message: '用户不存在或已停用 / unknown or inactive user',
        });
      return { userId: r.userId, name: user?.displayName ?? '', unitId: user?.unitId ?? null };
    });
    const unitIds = [
      ...new Set([...input.unitIds, ...reviewers.flatMap((r) => (r.unitId ? [r.unitId] : []))]),
    ];
    const known = await unitNames(prisma, unitIds);
    for (const id of unitIds)
      if (!known.has(id)) issues.push({ path: 'unitIds', message: `执法单位不存在：${id} / unknown unit` });
    if (issues.length > 0) throw unprocessable('评查范围或评查人员有误 / unknown units or reviewers', issues);
    return reviewers;
  }

  async function view(id: string): Promise<TCampaign> {
    const row = await findCampaign(prisma, id);
    if (!row) throw notFound('未找到该评查活动 / campaign not found');
    const ids = [...row.unitIds, ...row.reviewers.flatMap((r) => (r.unitId ? [r.unitId] : []))];
    const [units, lead] = await Promise.all([unitNames(prisma, ids), displayName(prisma, row.leadId)]);
    return toCampaignView(row, { units, lead });
  }

  return {
    view,

    async create(input: TCreateCampaignRequest, actor: UserActor): Promise<TCampaign> {
      const issues = checklistIssues(input.checklist, input.thresholds);
      if (issues.length > 0) throw badRequest('评查标准有误 / the checklist is inconsistent', issues);
      const reviewers = await resolveReviewers(input);
      // The secret stays in the database until the draw; only its hash is published now.
      const seed = randomBytes(32).toString('hex');
      const created = await insertCampaign(prisma, {
        title: input.title,
        unitIds: [...new Set(input.unitIds)],
        periodFrom: toDbDate(input.periodFrom),
        periodTo: toDbDate(input.periodTo),
        fileKinds: input.fileKinds,
        filesPerUnit: input.filesPerUnit,
        reviewersPerFile: input.reviewersPerFile,
        checklist: input.checklist,
        thresholds: input.thresholds,
        tolerance: input.tolerance,
        seed,
        seedCommitment: seedCommitmentOf(seed),
        leadId: actor.id,
        createdAt: clock.now(),
        reviewers: { create: reviewers },
      });
      return view(created.id);
    },

    async list(query: { status?: TCampaign['status']; page: number; pageSize: number }) {
      const { items, total } = await listCampaigns(prisma, query.status, query.page, query.pageSize);
      return { items: items.map(toCampaignSummary), total, page: query.page, pageSize: query.pageSize };
    },

    /** 结束评查: only once every drawn file has its final grade. */
    async close(id: string): Promise<TCampaign> {
      const row = await findCampaign(prisma, id);
      if (!row) throw notFound('未找到该评查活动 / campaign not found');
      const refused = campaignStepRefusal('close', row.status);
      if (refused) throw refused;
      const open = row.files.filter((f) => !isFinal(f.status)).length;
      if (open > 0)
        throw unprocessable(`还有 ${open} 件案卷未定档，不能结束 / ${open} files have no final result yet`);
      const moved = await moveCampaignIf(prisma, id, row.status, {
        status: CAMPAIGN_STEP_TARGET.close,
        closedAt: clock.now(),
      });
      if (moved === 0) throw conflict('评查活动刚被他人修改，请刷新 / the campaign was just changed; reload');
      return view(id);
    },

    async candidates() {
      return (await activeUsers(prisma)).map((u) => ({
        id: u.id,
        displayName: u.displayName,
        unitId: u.unitId,
        unitName: u.unit?.name ?? null,
      }));
    },
  };
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
