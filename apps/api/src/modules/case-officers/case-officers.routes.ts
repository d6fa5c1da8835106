import { ZCaseOfficers, ZCaseOfficersUpdate, ZIdParams } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { CaseOfficersService } from './case-officers.service.ts';

export const caseOfficersRoutes: FastifyPluginAsyncZod<{ caseOfficers: CaseOfficersService }> = async (
  app,
  { caseOfficers },
) => {
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
