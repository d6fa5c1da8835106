import { ZPublicUnits } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { UnitsService } from './units.service.ts';

export const unitsRoutes: FastifyPluginAsyncZod<{ units: UnitsService }> = async (app, { units }) => {
  app.get(
    '/api/units',
    { schema: { tags: ['reference'], response: { 200: ZPublicUnits } } },
    async (request) => {
      requireActor(request);
      return units.list();
    },
  );
};
