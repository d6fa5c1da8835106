import { shanghaiDate, XLSX_CONTENT_TYPE, ZStats, ZStatsQuery } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentDisposition } from '../../lib/xlsx-stream.ts';
import { requireActor } from '../../plugins/auth.ts';
import { type StatsService, statsWorkbook } from './stats.service.ts';

export const statsRoutes: FastifyPluginAsyncZod<{ stats: StatsService }> = async (
  app,
  { stats: statsService },
) => {
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
    async (request) => statsService.get(requireActor(request), request.query),
  );

  app.get(
    '/api/stats/export.xlsx',
    {
      schema: {
        tags: ['reference'],
        description:
          'The statistics of the period as .xlsx: overview, units, sources, referrals, stages, monthly trend.',
        querystring: ZStatsQuery,
      },
    },
    async (request, reply) => {
      const stats = await statsService.get(requireActor(request), request.query);
      const name = stats.period.from ? `${stats.period.from}至${stats.period.to}` : shanghaiDate(new Date());
      const ascii = stats.period.from ? `${stats.period.from}_${stats.period.to}` : 'all';
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header(
          'content-disposition',
          attachmentDisposition(`执法监督统计-${name}.xlsx`, `statistics-${ascii}.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(statsWorkbook(stats));
    },
  );
};
