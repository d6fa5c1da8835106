import {
  canAdminister,
  canSeeReporter,
  ZCalendarDateParams,
  ZCalendarDays,
  ZCalendarDayUpdate,
  ZCalendarQuery,
  ZCalendarUpdateResult,
  ZDeadlinePolicy,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest, forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import type { SettingsService } from '../system/settings.service.ts';
import type { CalendarAdminService } from './calendar-admin.service.ts';

type Deps = { calendarAdmin: CalendarAdminService; settings: SettingsService };

export const adminRoutes: FastifyPluginAsyncZod<Deps> = async (app, { calendarAdmin, settings }) => {
  app.get(
    '/api/admin/calendar',
    { schema: { tags: ['admin'], querystring: ZCalendarQuery, response: { 200: ZCalendarDays } } },
    async (request) => {
      const actor = requireActor(request);
      if (!canAdminister(actor) && !canSeeReporter(actor)) throw forbidden();
      return calendarAdmin.listYear(request.query.year);
    },
  );

  app.put(
    '/api/admin/calendar/:date',
    {
      schema: {
        tags: ['admin'],
        description: 'Set one date working (调休上班) or not (节假日); running deadlines are recomputed.',
        params: ZCalendarDateParams,
        body: ZCalendarDayUpdate,
        response: { 200: ZCalendarUpdateResult },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canAdminister(actor)) throw forbidden('仅系统管理员可修改工作日历 / administrators only');
      // The years the calendar can be listed in (ZCalendarQuery); year 0 was a database error (500).
      const year = Number(request.params.date.slice(0, 4));
      if (year < 2000 || year > 2100)
        throw badRequest('日期须在 2000–2100 年之间 / the date must be in 2000–2100', [
          { path: 'date', message: '超出范围 / out of range' },
        ]);
      return calendarAdmin.setDay(request.params.date, request.body, actor);
    },
  );

  app.get(
    '/api/admin/deadline-policy',
    { schema: { tags: ['admin'], response: { 200: ZDeadlinePolicy } } },
    async (request) => {
      requireActor(request);
      return { defaultWorkingDays: await settings.defaultDeadlineWorkingDays() };
    },
  );

  app.put(
    '/api/admin/deadline-policy',
    { schema: { tags: ['admin'], body: ZDeadlinePolicy, response: { 200: ZDeadlinePolicy } } },
    async (request) => {
      if (!canAdminister(requireActor(request))) throw forbidden('仅系统管理员可修改 / administrators only');
      await settings.setDefaultDeadlineWorkingDays(request.body.defaultWorkingDays);
      return request.body;
    },
  );
};
