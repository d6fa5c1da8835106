import { ZChangePasswordRequest, ZLoginRequest, ZLoginResponse, ZUser } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unauthorized } from '../../lib/http-errors.ts';
import { requireUser, SESSION_COOKIE } from '../../plugins/auth.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { PasswordService } from './password.service.ts';
import type { SessionsService, SessionUser } from './sessions.service.ts';

type Deps = {
  sessions: SessionsService;
  throttle: LoginThrottle;
  passwords: PasswordService;
  /** After a sign-out: that session's live streams end (modules/live). */
  signedOut?: (token: string) => Promise<void>;
};

const toUser = (u: SessionUser) => ({ ...u, role: u.role as z.infer<typeof ZUser>['role'] });
/** The login answer is the contract's `{ user }`; whether a password change is due, /me says. */
function loginUser(u: SessionUser) {
  const { mustChangePassword: _omitted, ...user } = toUser(u);
  return user;
}

export const authRoutes: FastifyPluginAsyncZod<Deps> = async (
  app,
  { sessions, throttle, passwords, signedOut },
) => {
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['session'], body: ZLoginRequest, response: { 200: ZLoginResponse } },
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      await throttle.assertAllowed(username, request.ip);
      const user = await sessions.authenticate(username, password);
      if (!user) {
        await throttle.recordFailure(username, request.ip);
        throw unauthorized('用户名或密码错误 / wrong username or password');
      }
      await throttle.recordSuccess(username);
      const { token, expiresAt } = await sessions.create(user.id);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        // Secure when the request came over HTTPS (directly, or through a trusted proxy:
        // TRUST_PROXY); an intranet on plain HTTP must still get its cookie.
        secure: request.protocol === 'https',
        path: '/',
        expires: expiresAt,
      });
      return { user: loginUser(user) };
    },
  );

  app.get('/api/auth/me', { schema: { tags: ['session'], response: { 200: ZUser } } }, async (request) =>
    toUser(requireUser(request)),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['session'],
        description:
          'Choose a new password (≥ 10 characters, not the username, not the current one); other sessions end.',
        body: ZChangePasswordRequest,
        response: { 204: z.null() },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await passwords.change(
        {
          userId: user.id,
          username: user.username,
          sessionToken: request.cookies[SESSION_COOKIE] ?? '',
          ip: request.ip,
        },
        request.body,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['session'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await sessions.revoke(token);
        await signedOut?.(token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
