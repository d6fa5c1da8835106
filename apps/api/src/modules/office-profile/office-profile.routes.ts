import {
  ZDeadlinePolicy,
  ZOfficeProfile,
  ZOfficeProfileUpdate,
  ZProfileChangePage,
  ZProfileChangeQuery,
  ZPublicOfficeProfile,
} from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { requireAdmin } from '../admin/require-admin.ts';
import type { OfficeProfileService } from './office-profile.service.ts';

type Deps = { profile: OfficeProfileService };

export const officeProfileRoutes: FastifyPluginAsyncZod<Deps> = async (app, { profile }) => {
  const admin = (request: FastifyRequest) =>
    requireAdmin(request, '仅系统管理员可修改办公设置 / administrators only');

  app.get(
    '/api/admin/settings',
    { schema: { tags: ['admin'], response: { 200: ZOfficeProfile } } },
    async (request) => {
      admin(request);
      return profile.current();
    },
  );

  app.put(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        description:
          'Office profile: at least { authorityName, centerName, overduePolicy }; absent fields keep their values. Every change is recorded.',
        body: ZOfficeProfileUpdate,
        response: { 200: ZOfficeProfile },
      },
    },
    async (request) => profile.update(request.body, admin(request)),
  );

  app.get(
    '/api/admin/settings/history',
    { schema: { tags: ['admin'], querystring: ZProfileChangeQuery, response: { 200: ZProfileChangePage } } },
    async (request) => {
      admin(request);
      return profile.history(request.query.page, request.query.pageSize);
    },
  );

  // The letterhead and the instruments' titles, for every signed-in user (print view, header).
  app.get(
    '/api/office-profile',
    { schema: { tags: ['office'], response: { 200: ZOfficeProfile } } },
    async (request) => {
      requireActor(request);
      return profile.current();
    },
  );

  // Only what the public pages show.
  app.get(
    '/api/public/office',
    { schema: { tags: ['public'], response: { 200: ZPublicOfficeProfile } } },
    async () => profile.publicProfile(),
  );

  // v1: the default rectification period, now the NOTICE instrument's default in the profile.
  app.get(
    '/api/admin/deadline-policy',
    { schema: { tags: ['admin'], response: { 200: ZDeadlinePolicy } } },
    async (request) => {
      requireActor(request);
      return { defaultWorkingDays: await profile.defaultDeadlineWorkingDays() };
    },
  );

  app.put(
    '/api/admin/deadline-policy',
    { schema: { tags: ['admin'], body: ZDeadlinePolicy, response: { 200: ZDeadlinePolicy } } },
    async (request) => {
      await profile.setDefaultDeadlineWorkingDays(request.body.defaultWorkingDays, admin(request));
      return request.body;
    },
  );
};
