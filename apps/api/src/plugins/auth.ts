import type { Role, UserActor } from '@sp/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthorized } from '../lib/http-errors.ts';
import type { SessionsService, SessionUser } from '../modules/auth/sessions.service.ts';

export const SESSION_COOKIE = 'sp_session';

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
  }
}

/** Routes open without a session. Everything else under /api needs one. */
const PUBLIC_ROUTES = new Set([
  '/api/auth/login',
  '/api/auth/logout',
  '/api/public/reports',
  '/api/public/reports/:trackingCode',
  '/api/public/units',
  '/api/public/officers',
  '/api/public/draws/:id',
  '/api/health',
  '/api/openapi.json',
  '/api/test/clock',
  '/api/test/sweep',
]);

function isPublic(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  // Unmatched paths fall through to the 404 handler; the swagger UI registers its own routes.
  if (route === undefined || !route.startsWith('/api/') || route.startsWith('/api/docs')) return true;
  return PUBLIC_ROUTES.has(route);
}

/** The signed-in user as the domain sees them, or 401. */
export function requireActor(request: FastifyRequest): UserActor {
  const user = request.sessionUser;
  if (!user) throw unauthorized();
  return { kind: 'user', id: user.id, role: user.role as Role, unitId: user.unitId };
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw unauthorized();
  return request.sessionUser;
}

type Deps = { sessions: Pick<SessionsService, 'resolve'> };

/**
 * Resolves the session cookie (shared by every instance through the database) on each request,
 * and answers 401 before the body is even parsed when a protected route has no session.
 */
export default fp(async (app: FastifyInstance, deps: Deps) => {
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) request.sessionUser = await deps.sessions.resolve(token);
    if (!request.sessionUser && !isPublic(request)) throw unauthorized();
  });
});
