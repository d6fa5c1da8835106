import {
  ZAdminUnit,
  ZAdminUnitPage,
  ZCreateUnitRequest,
  ZIdParams,
  ZUnitListQuery,
  ZUnitOptions,
  ZUnitOptionsQuery,
  ZUpdateUnitRequest,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, requireActor } from '../../plugins/auth.ts';
import type { UnitsService } from './units.service.ts';

type Deps = { units: UnitsService };

/** The administrator's units (api-contract v2, "Setting up an office"). */
export const unitsAdminRoutes: FastifyPluginAsyncZod<Deps> = async (app, { units }) => {
  app.addHook('onRequest', adminOnly);

  app.get(
    '/api/admin/units',
    { schema: { tags: ['admin'], querystring: ZUnitListQuery, response: { 200: ZAdminUnitPage } } },
    async (request) => units.list(request.query),
  );

  app.post(
    '/api/admin/units',
    { schema: { tags: ['admin'], body: ZCreateUnitRequest, response: { 201: ZAdminUnit } } },
    async (request, reply) => reply.code(201).send(await units.create(request.body)),
  );

  app.patch(
    '/api/admin/units/:id',
    {
      schema: {
        tags: ['admin'],
        description:
          'Rename, set or clear the credit code, activate or deactivate (inactive units take no new cases).',
        params: ZIdParams,
        body: ZUpdateUnitRequest,
        response: { 200: ZAdminUnit },
      },
    },
    async (request) => units.update(request.params.id, request.body),
  );
};

/** The signed-in pickers' list of units; `?active=true` for those that take new cases. */
export const unitOptionsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { units }) => {
  app.get(
    '/api/units',
    { schema: { tags: ['reference'], querystring: ZUnitOptionsQuery, response: { 200: ZUnitOptions } } },
    async (request) => {
      requireActor(request);
      return units.options(request.query.active === true);
    },
  );
};
