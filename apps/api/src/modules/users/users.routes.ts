import {
  ZAdminUser,
  ZAdminUserPage,
  ZAssigneeOptions,
  ZCreatedUser,
  ZCreateUserRequest,
  ZIdParams,
  ZInitialPassword,
  ZUpdateUserRequest,
  ZUserListQuery,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, requireActor, requireAdmin } from '../../plugins/auth.ts';
import type { AssigneesService } from './assignees.service.ts';
import type { UsersService } from './users.service.ts';

type Deps = { users: UsersService };

/** The administrator's user accounts (api-contract v2, "Setting up an office"). */
export const usersAdminRoutes: FastifyPluginAsyncZod<Deps> = async (app, { users }) => {
  app.addHook('onRequest', adminOnly);

  app.get(
    '/api/admin/users',
    { schema: { tags: ['admin'], querystring: ZUserListQuery, response: { 200: ZAdminUserPage } } },
    async (request) => users.list(request.query),
  );

  app.post(
    '/api/admin/users',
    {
      schema: {
        tags: ['admin'],
        description: 'Creates an account with a one-time password, returned once; unit roles need a unitId.',
        body: ZCreateUserRequest,
        response: { 201: ZCreatedUser },
      },
    },
    async (request, reply) => reply.code(201).send(await users.create(request.body)),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        description:
          'Deactivating ends the user’s sessions at once; role and unit apply from their next request.',
        params: ZIdParams,
        body: ZUpdateUserRequest,
        response: { 200: ZAdminUser },
      },
    },
    async (request) => users.update(requireAdmin(request), request.params.id, request.body),
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    {
      schema: {
        tags: ['admin'],
        description: 'A new one-time password (returned once); the user’s sessions end.',
        params: ZIdParams,
        response: { 200: ZInitialPassword },
      },
    },
    async (request) => users.resetPassword(request.params.id),
  );
};

/** The 承办人 picker of the assign action: whom the signed-in user may assign. */
export const assigneeRoutes: FastifyPluginAsyncZod<{ assignees: AssigneesService }> = async (
  app,
  { assignees },
) => {
  app.get(
    '/api/assignees',
    { schema: { tags: ['reference'], response: { 200: ZAssigneeOptions } } },
    async (request) => assignees.options(requireActor(request)),
  );
};
