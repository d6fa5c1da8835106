import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './error-handler.ts';

// Serves the web app's production build on the API's port. Unknown /api paths answer
// problem+json 404; any other unknown path gets index.html so client-side routes work.
//
// Caching: files under assets/ carry a content hash in their name (Vite), so they never change
// and are cached for a year; index.html names the current ones, so it is revalidated every time.
// The build writes .br and .gz beside each text file (apps/web/build/precompress.ts); they are
// sent to browsers that accept them, with `Vary: Accept-Encoding`.

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSETS_PREFIX = `assets${path.sep}`;

export default fp(async (app: FastifyInstance, { webDist }: { webDist: string | null }) => {
  const hasWeb = webDist !== null && existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const hashed = path.relative(webDist, filePath).startsWith(ASSETS_PREFIX);
        reply.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    // A missing hashed file (an old tab after a deploy) is a 404, not the app's HTML.
    const notAPage = url.startsWith('/api/') || url === '/api' || url.startsWith('/assets/');
    if (notAPage || !hasWeb || request.method !== 'GET') {
      return sendProblem(reply, 404, `没有这个地址 / no route ${request.method} ${url}`);
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
});
