import { ZMyReport, ZPage, ZPageQuery } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { MyReportsService } from './my-reports.service.ts';

export const myReportsRoutes: FastifyPluginAsyncZod<{ myReports: MyReportsService }> = async (
  app,
  { myReports },
) => {
  app.get(
    '/api/my/reports',
    { schema: { tags: ['cases'], querystring: ZPageQuery, response: { 200: ZPage(ZMyReport) } } },
    async (request) => myReports.list(request.query, requireActor(request)),
  );
};
