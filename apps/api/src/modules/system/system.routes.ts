import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SystemService } from './system.service.ts';

type Deps = { system: SystemService; testClock: boolean };

export const systemRoutes: FastifyPluginAsyncZod<Deps> = async (app, { system, testClock }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        response: { 200: z.object({ status: z.literal('ok'), db: z.literal('ok') }) },
      },
    },
    async () => system.health(),
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
    async (request) => system.setClock(request.body.now === null ? null : new Date(request.body.now)),
  );

  app.post(
    '/api/test/sweep',
    { schema: { tags: ['operations'], response: { 200: z.object({ referred: z.int() }) } } },
    async () => system.sweepNow(),
  );

  app.post(
    '/api/test/digest',
    {
      schema: {
        tags: ['operations'],
        description: "Sends today's e-mail digests now, whatever the hour (nothing without SMTP_URL).",
        response: { 200: z.object({ sent: z.int(), empty: z.int(), failed: z.int() }) },
      },
    },
    async () => system.digestNow(),
  );
};
