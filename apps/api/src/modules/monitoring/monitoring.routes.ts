import { ZMonitoringBoard, ZMonitoringQuery } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { MonitoringService } from './monitoring.service.ts';

export const monitoringRoutes: FastifyPluginAsyncZod<{ monitoring: MonitoringService }> = async (
  app,
  { monitoring },
) => {
  app.get(
    '/api/monitoring',
    {
      schema: {
        tags: ['reference'],
        description:
          'The e-monitoring board: every running deadline per unit (green / yellow from 70 % / red when overdue, working days left), and per unit the cases registered from `from` to `to` that were referred for lateness.',
        querystring: ZMonitoringQuery,
        response: { 200: ZMonitoringBoard },
      },
    },
    async (request) => monitoring.board(requireActor(request), request.query),
  );
};
