import { ZIdParams, ZNotificationListQuery, ZNotificationPage } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.ts';
import type { NotificationsService } from './notifications.service.ts';

export const notificationsRoutes: FastifyPluginAsyncZod<{ notifications: NotificationsService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        description: '待办: the signed-in user’s notifications, newest first, with the unread count.',
        querystring: ZNotificationListQuery,
        response: { 200: ZNotificationPage },
      },
    },
    async (request) => notifications.list(request.query, requireActor(request)),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        description: 'Marks one of one’s own notifications read (404 for anyone else’s).',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await notifications.read(request.params.id, requireActor(request));
      return reply.code(204).send(null);
    },
  );
};
