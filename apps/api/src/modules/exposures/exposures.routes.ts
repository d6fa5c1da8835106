import { ZPage, ZPageQuery, ZPublicExposure } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ExposuresService } from './exposures.service.ts';

export const exposuresRoutes: FastifyPluginAsyncZod<{ service: ExposuresService }> = async (
  app,
  { service },
) => {
  app.get(
    '/api/public/exposures',
    { schema: { tags: ['public'], querystring: ZPageQuery, response: { 200: ZPage(ZPublicExposure) } } },
    async (request) => service.list(request.query),
  );
};
