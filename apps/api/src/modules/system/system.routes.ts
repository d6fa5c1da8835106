import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { SweepService } from '../sweeper/sweep.service.ts';

type Deps = { prisma: PrismaClient; clock: Clock; sweep: SweepService; testClock: boolean };

export const systemRoutes: FastifyPluginAsyncZod<Deps> = async (app, { prisma, clock, sweep, testClock }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        response: { 200: z.object({ status: z.literal('ok'), db: z.literal('ok') }) },
      },
    },
    async () => {
      await prisma.$queryRaw`SELECT 1`;
      return { status: 'ok' as const, db: 'ok' as const };
    },
  );

  // The test clock exists only when the server was started with SUPERVISION_TEST_CLOCK=1;
  // otherwise these paths are simply unknown (404).
  if (!testClock) return;
  app.post(
    '/api/test/clock',
    {
      schema: {
        tags: ['operations'],
        body: z.object({ now: z.iso.datetime({ offset: true }).nullable() }),
        response: { 200: z.object({ now: z.string() }) },
      },
    },
    async (request) => {
      clock.set(request.body.now === null ? null : new Date(request.body.now));
      return { now: clock.now().toISOString() };
    },
  );

  app.post(
    '/api/test/sweep',
    { schema: { tags: ['operations'], response: { 200: z.object({ referred: z.int() }) } } },
    async () => {
      return { referred: await sweep.run() };
    },
  );
};
