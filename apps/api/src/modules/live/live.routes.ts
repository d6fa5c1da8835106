import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, SESSION_COOKIE } from '../../plugins/auth.ts';
import type { LiveHub, LiveStream } from './live-hub.ts';

/** How long a client waits before reconnecting (the SSE `retry` field). */
const RETRY_MS = 3000;

export const liveRoutes: FastifyPluginAsyncZod<{ live: LiveHub }> = async (app, { live }) => {
  // Streams end before the server stops accepting, so app.close() never waits on them.
  app.addHook('preClose', async () => live.endAll());
  app.addHook('onClose', async () => live.close());

  app.get(
    '/api/events/stream',
    {
      schema: {
        tags: ['notifications'],
        description:
          'Server-Sent Events for the signed-in user: `case` {id, state, version} for every change to a case in ' +
          'their scope, `notification` {id, caseId, action} for each new notification. Heartbeat comments; ' +
          '`resync` {} when the instance may have missed changes (refetch what is shown); the stream ends on sign-out.',
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      await live.start();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: ${RETRY_MS}\n\n`);
      let remove = () => {};
      const stream: LiveStream = {
        actor,
        token,
        send(event: string, data: unknown) {
          if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        ping() {
          if (!res.writableEnded) res.write(': ping\n\n');
        },
        end() {
          remove();
          if (!res.writableEnded) res.end();
        },
      };
      remove = live.add(stream);
      request.raw.once('close', () => stream.end());
      res.once('close', () => stream.end());
    },
  );
};
