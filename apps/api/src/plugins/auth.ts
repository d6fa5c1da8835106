import { canAdminister, type Role, type UserActor } from '@sp/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../lib/http-errors.ts';
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
  '/api/public/reports/:trackingCode/photos',
  '/api/public/units',
  '/api/public/office',
  '/api/public/officers',
  '/api/public/exposures',
  '/api/public/draws/:id',
  '/api/health',
  '/api/openapi.json',
  '/api/test/clock',
  '/api/test/sweep',
  '/api/test/digest',
]);

/** What a user signed in with a one-time password may still do (api-contract v2). */
const BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);

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

/** The signed-in administrator, or 401/403. */
export function requireAdmin(request: FastifyRequest): UserActor {
  const actor = requireActor(request);
  if (!canAdminister(actor)) throw forbidden('仅系统管理员可以操作 / administrators only');
  return actor;
}

/**
 * A hook for a plugin whose routes are all the administrator's: 403 before the body is even
 * validated, so other roles learn nothing about what the route would accept.
 */
export async function adminOnly(request: FastifyRequest): Promise<void> {
  requireAdmin(request);
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw unauthorized();
  return request.sessionUser;
}

type Deps = { sessions: Pick<SessionsService, 'resolve'> };

/**
 * Resolves the session cookie (shared by every instance through the database) on each request,
 * and answers 401 before the body is even parsed when a protected route has no session — or 403
 * PASSWORD_CHANGE_REQUIRED while the user still has a one-time password. Routes open to
 * everyone (public, health, login) act for nobody, so they stay open either way.
 */
export default fp(async (app: FastifyInstance, deps: Deps) => {
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) request.sessionUser = await deps.sessions.resolve(token);
    if (isPublic(request)) return;
    if (!request.sessionUser) throw unauthorized();
    if (request.sessionUser.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(request.routeOptions.url ?? ''))
      throw forbidden('请先修改初始密码 / change your one-time password first', 'PASSWORD_CHANGE_REQUIRED');
  });
});
