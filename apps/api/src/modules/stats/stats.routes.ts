import { ZStats } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { StatsService } from './stats.service.ts';

export const statsRoutes: FastifyPluginAsyncZod<{ stats: StatsService }> = async (app, { stats }) => {
  app.get('/api/stats', { schema: { tags: ['reference'], response: { 200: ZStats } } }, async (request) =>
    stats.get(requireActor(request)),
  );
};
