import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './error-handler.ts';

// Serves the web app's production build on the API's port. Unknown /api paths answer
// problem+json 404; any other unknown path gets index.html so client-side routes work.
export default fp(async (app: FastifyInstance, { webDist }: { webDist: string | null }) => {
  const hasWeb = webDist !== null && existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !hasWeb || request.method !== 'GET') {
      return sendProblem(
        reply,
        404,
        `没有这个地址 / no route ${request.method} ${request.url.split('?')[0]}`,
      );
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
});
