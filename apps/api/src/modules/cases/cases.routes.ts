import {
  ZActionRequest,
  ZCase,
  ZCaseCounts,
  ZCaseDocument,
  ZCaseEvent,
  ZCaseFilters,
  ZCaseListQuery,
  ZCaseSummary,
  ZCreateCaseRequest,
  ZIdParams,
  ZPage,
  ZRelatedCase,
  ZSimilarCase,
  ZSimilarCasesQuery,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.ts';
import type { CaseEventsService } from './case-events.service.ts';
import type { CasesService } from './cases.service.ts';

type Deps = { cases: CasesService; events: CaseEventsService };

export const casesRoutes: FastifyPluginAsyncZod<Deps> = async (app, { cases, events }) => {
  app.post(
    '/api/cases',
    { schema: { tags: ['cases'], body: ZCreateCaseRequest, response: { 201: ZCase } } },
    async (request, reply) => reply.code(201).send(await cases.create(request.body, requireActor(request))),
  );

  app.get(
    '/api/cases',
    { schema: { tags: ['cases'], querystring: ZCaseListQuery, response: { 200: ZPage(ZCaseSummary) } } },
    async (request) => cases.list(request.query, requireActor(request)),
  );

  app.get(
    '/api/cases/counts',
    {
      schema: {
        tags: ['cases'],
        description:
          'How many cases each queue of the center holds (全部, 我的案件, one per stage, due soon, overdue) under the same filters as the list: one request for every tab count.',
        querystring: ZCaseFilters,
        response: { 200: ZCaseCounts },
      },
    },
    async (request) => cases.counts(request.query, requireActor(request)),
  );

  app.get(
    '/api/cases/similar',
    {
      schema: {
        tags: ['cases'],
        description:
          'Possible duplicates (staff, director): up to 5 cases of the same unit registered in the last 90 days whose title (trigram similarity ≥ 0.3) or description (≥ 0.4) is similar, best first. `excludeId` leaves out the case being looked at.',
        querystring: ZSimilarCasesQuery,
        response: { 200: z.array(ZSimilarCase) },
      },
    },
    async (request) => cases.similar(request.query, requireActor(request)),
  );

  app.get(
    '/api/cases/:id/related',
    {
      schema: {
        tags: ['cases'],
        description:
          'The case’s links in both directions: MERGED_INTO (this case was merged into the other), MERGED_FROM (the other was merged into this one), RELATED; each only if the caller may see the other case.',
        params: ZIdParams,
        response: { 200: z.array(ZRelatedCase) },
      },
    },
    async (request) => cases.related(request.params.id, requireActor(request)),
  );

  app.get(
    '/api/cases/:id',
    { schema: { tags: ['cases'], params: ZIdParams, response: { 200: ZCase } } },
    async (request) => cases.get(request.params.id, requireActor(request)),
  );

  app.post(
    '/api/cases/:id/actions',
    {
      schema: {
        tags: ['cases'],
        description:
          'Take one workflow action. Body: `{ action, version, ...payload }`; the payload fields of each action are listed in docs/workflow.md.',
        params: ZIdParams,
        body: ZActionRequest,
        response: { 200: ZCase },
      },
    },
    async (request) => cases.perform(request.params.id, request.body, requireActor(request)),
  );

  app.get(
    '/api/cases/:id/events',
    { schema: { tags: ['cases'], params: ZIdParams, response: { 200: z.array(ZCaseEvent) } } },
    async (request) => events.list(request.params.id, requireActor(request)),
  );

  app.get(
    '/api/cases/:id/documents',
    {
      schema: {
        tags: ['cases'],
        description:
          'Every instrument issued on the case (通知书, 督办函, 意见书, 决定书), oldest first, with its due date as issued and its standing (IN_FORCE, WITHDRAWN, SUPERSEDED with replacedBy, CONCLUDED).',
        params: ZIdParams,
        response: { 200: z.array(ZCaseDocument) },
      },
    },
    async (request) => events.documents(request.params.id, requireActor(request)),
  );
};
