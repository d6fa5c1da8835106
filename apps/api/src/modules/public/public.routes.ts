import {
  ZPublicReportCreated,
  ZPublicReportRequest,
  ZPublicTracking,
  ZPublicUnits,
  ZTrackingParams,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PublicService } from './public.service.ts';

type Deps = { service: PublicService; reportsPerMinute: number };

export const publicRoutes: FastifyPluginAsyncZod<Deps> = async (app, { service, reportsPerMinute }) => {
  app.post(
    '/api/public/reports',
    {
      schema: { tags: ['public'], body: ZPublicReportRequest, response: { 201: ZPublicReportCreated } },
      config: { rateLimit: { max: reportsPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => reply.code(201).send(await service.fileReport(request.body)),
  );

  app.get(
    '/api/public/reports/:trackingCode',
    {
      schema: { tags: ['public'], params: ZTrackingParams, response: { 200: ZPublicTracking } },
      // Guessing codes is hopeless (80 bits), but there is no reason to let anyone try fast.
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => service.track(request.params.trackingCode),
  );

  app.get('/api/public/units', { schema: { tags: ['public'], response: { 200: ZPublicUnits } } }, async () =>
    service.units(),
  );
};
