import { ZIdParams, ZReplyDraft, ZReplyDraftView } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.ts';
import type { ReplyDraftsService } from './reply-drafts.service.ts';

type Deps = { replyDrafts: ReplyDraftsService };

export const replyDraftsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { replyDrafts }) => {
  app.get(
    '/api/cases/:id/reply-draft',
    { schema: { tags: ['cases'], params: ZIdParams, response: { 200: ZReplyDraftView, 204: z.null() } } },
    async (request, reply) => {
      const draft = await replyDrafts.get(request.params.id, requireActor(request));
      return draft ?? reply.code(204).send(null);
    },
  );

  app.put(
    '/api/cases/:id/reply-draft',
    { schema: { tags: ['cases'], params: ZIdParams, body: ZReplyDraft, response: { 200: ZReplyDraftView } } },
    async (request) => replyDrafts.save(request.params.id, request.body, requireActor(request)),
  );
};
