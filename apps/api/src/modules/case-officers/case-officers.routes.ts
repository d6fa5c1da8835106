import {
  ZCaseOfficers,
  ZCaseOfficersUpdate,
  ZIdParams,
  ZOfficerCandidateQuery,
  ZOfficerCandidates,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { CaseOfficersService } from './case-officers.service.ts';

export const caseOfficersRoutes: FastifyPluginAsyncZod<{ caseOfficers: CaseOfficersService }> = async (
  app,
  { caseOfficers },
) => {
  app.get(
    '/api/registry/officers',
    {
      schema: {
        tags: ['registry'],
        description:
          'Officers the center may cite on a case, by part of the name or 执法证号 (first 20); no private fields.',
        querystring: ZOfficerCandidateQuery,
        response: { 200: ZOfficerCandidates },
      },
    },
    async (request) => caseOfficers.candidates(request.query, requireActor(request)),
  );

  app.get(
    '/api/cases/:id/officers',
    {
      schema: {
        tags: ['cases'],
        description:
          'The registry officers the case cites, each with `uncertifiedReason` when the 执法证 was not valid on the date of the act (`actDate`).',
        params: ZIdParams,
        response: { 200: ZCaseOfficers },
      },
    },
    async (request) => caseOfficers.get(request.params.id, requireActor(request)),
  );

  app.put(
    '/api/cases/:id/officers',
    {
      schema: {
        tags: ['cases'],
        description:
          'Replace the cited officers (center staff and director). A change is a new case `version` and a `cite_officers` history entry.',
        params: ZIdParams,
        body: ZCaseOfficersUpdate,
        response: { 200: ZCaseOfficers },
      },
    },
    async (request) => caseOfficers.update(request.params.id, request.body, requireActor(request)),
  );
};
