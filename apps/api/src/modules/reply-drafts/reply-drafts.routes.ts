import { canSaveReplyDraft, ZIdParams, ZReplyDraft, ZReplyDraftView } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import { snapshotOf } from '../cases/case-record.ts';
import type { CasesService } from '../cases/cases.service.ts';

// The unit's reply as it is being written (saved as they type). Not a workflow action: it
// records no event and does not change the case version; the leader's submit does.

type Deps = { prisma: PrismaClient; clock: Clock; cases: Pick<CasesService, 'findVisible'> };

export const replyDraftsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { prisma, clock, cases }) => {
  app.get(
    '/api/cases/:id/reply-draft',
    { schema: { tags: ['cases'], params: ZIdParams, response: { 200: ZReplyDraftView, 204: z.null() } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await cases.findVisible(request.params.id, actor);
      if (!canSaveReplyDraft(snapshotOf(row), actor))
        throw forbidden('只有本单位可查看回复草稿 / only the unit may read its draft');
      const draft = await prisma.replyDraft.findUnique({ where: { caseId: row.id } });
      if (!draft) return reply.code(204).send(null);
      return {
        kind: draft.kind as 'RECTIFICATION' | 'OBJECTION',
        text: draft.text,
        updatedAt: draft.updatedAt.toISOString(),
      };
    },
  );

  app.put(
    '/api/cases/:id/reply-draft',
    { schema: { tags: ['cases'], params: ZIdParams, body: ZReplyDraft, response: { 200: ZReplyDraftView } } },
    async (request) => {
      const actor = requireActor(request);
      const row = await cases.findVisible(request.params.id, actor);
      if (!canSaveReplyDraft(snapshotOf(row), actor)) {
        throw forbidden('当前不能保存回复草稿 / a draft can be saved only while the notice awaits a reply');
      }
      const data = {
        kind: request.body.kind,
        text: request.body.text,
        updatedById: actor.id,
        updatedAt: clock.now(),
      };
      const saved = await prisma.replyDraft.upsert({
        where: { caseId: row.id },
        create: { caseId: row.id, ...data },
        update: data,
      });
      return { kind: request.body.kind, text: saved.text, updatedAt: saved.updatedAt.toISOString() };
    },
  );
};
