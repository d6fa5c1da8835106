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

/** Resolves the session cookie (shared by every instance through the database) on each request. */
export default fp(async (app: FastifyInstance, deps: Deps) => {
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    request.sessionUser = await deps.sessions.resolve(token);
  });
});
