import { caseScopeFor, PUBLIC_STATUS_OF, ZMyReport, ZPage, ZPageQuery, zhCN } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import { feedbackOf } from '../public/feedback.ts';

// 我的报送: a special supervisor follows the status and feedback of their own reports, seeing
// what the public tracking page shows and no more.

export const myReportsRoutes: FastifyPluginAsyncZod<{ prisma: PrismaClient }> = async (app, { prisma }) => {
  app.get(
    '/api/my/reports',
    { schema: { tags: ['cases'], querystring: ZPageQuery, response: { 200: ZPage(ZMyReport) } } },
    async (request) => {
      const scope = caseScopeFor(requireActor(request));
      if (scope.kind !== 'own') throw forbidden('仅特邀监督员可用 / for special supervisors');
      const { page, pageSize } = request.query;
      const where = { createdById: scope.userId };
      const [rows, total] = await Promise.all([
        prisma.case.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: (page - 1) * pageSize,
          take: pageSize,
          select: {
            id: true,
            number: true,
            title: true,
            state: true,
            createdAt: true,
            unit: { select: { name: true } },
          },
        }),
        prisma.case.count({ where }),
      ]);
      const feedback = await feedbackOf(
        prisma,
        rows.map((r) => r.id),
      );
      const items = rows.map((r) => {
        const statusCode = PUBLIC_STATUS_OF[r.state];
        return {
          id: r.id,
          number: r.number,
          title: r.title,
          unitName: r.unit.name,
          createdAt: r.createdAt.toISOString(),
          status: zhCN.publicStatuses[statusCode],
          statusCode,
          feedback: feedback.get(r.id) ?? [],
        };
      });
      return { items, total, page, pageSize };
    },
  );
};
