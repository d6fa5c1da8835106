import { ZStats, ZStatsQuery } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { StatsService } from './stats.service.ts';

export const statsRoutes: FastifyPluginAsyncZod<{ stats: StatsService }> = async (app, { stats }) => {
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['reference'],
        description:
          'Statistics of the cases registered from `from` to `to` (YYYY-MM-DD, inclusive, China days; both or neither; at most 5 years).',
        querystring: ZStatsQuery,
        response: { 200: ZStats },
      },
    },
    async (request) => stats.get(requireActor(request), request.query),
  );
};
