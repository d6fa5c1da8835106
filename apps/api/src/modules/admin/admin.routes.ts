import {
  canAdminister,
  canSeeReporter,
  ZArrangementInput,
  ZArrangementResult,
  ZCalendarDateParams,
  ZCalendarDays,
  ZCalendarDayUpdate,
  ZCalendarPreview,
  ZCalendarQuery,
  ZCalendarStatus,
  ZCalendarUpdateResult,
  ZCalendarYearParams,
  ZCalendarYearView,
} from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest, forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import type { CalendarAdminService } from './calendar-admin.service.ts';
import { requireAdmin } from './require-admin.ts';

// The working-day calendar (admin): flags per date, a year's State Council arrangement entered
// as a table, and — before anything is saved — the running deadlines a change would move.

type Deps = { calendarAdmin: CalendarAdminService };
const admin = (request: FastifyRequest) =>
  requireAdmin(request, '仅系统管理员可修改工作日历 / administrators only');

// The years the calendar can be listed in (ZCalendarQuery); year 0 was a database error (500).
function checkDateYear(date: string) {
  const year = Number(date.slice(0, 4));
  if (year < 2000 || year > 2100)
    throw badRequest('日期须在 2000–2100 年之间 / the date must be in 2000–2100', [
      { path: 'date', message: '超出范围 / out of range' },
    ]);
}

export const adminRoutes: FastifyPluginAsyncZod<Deps> = async (app, { calendarAdmin }) => {
  app.get(
    '/api/admin/calendar',
    { schema: { tags: ['admin'], querystring: ZCalendarQuery, response: { 200: ZCalendarDays } } },
    async (request) => {
      const actor = requireActor(request);
      if (!canAdminister(actor) && !canSeeReporter(actor)) throw forbidden();
      return calendarAdmin.listYear(request.query.year);
    },
  );

  app.get(
    '/api/admin/calendar/status',
    {
      schema: {
        tags: ['admin'],
        description: 'Years with an entered arrangement; those missing now (next year from November on).',
        response: { 200: ZCalendarStatus },
      },
    },
    async (request) => {
      admin(request);
      return calendarAdmin.status();
    },
  );

  app.get(
    '/api/admin/calendar/years/:year',
    { schema: { tags: ['admin'], params: ZCalendarYearParams, response: { 200: ZCalendarYearView } } },
    async (request) => {
      admin(request);
      return calendarAdmin.yearView(request.params.year);
    },
  );

  app.post(
    '/api/admin/calendar/:date/preview',
    {
      schema: {
        tags: ['admin'],
        description: 'The running deadlines this day change would move. Writes nothing.',
        params: ZCalendarDateParams,
        body: ZCalendarDayUpdate,
        response: { 200: ZCalendarPreview },
      },
    },
    async (request) => {
      admin(request);
      checkDateYear(request.params.date);
      return calendarAdmin.previewDay(request.params.date, request.body);
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
      const actor = admin(request);
      checkDateYear(request.params.date);
      return calendarAdmin.setDay(request.params.date, request.body, actor);
    },
  );

  app.post(
    '/api/admin/calendar/arrangements/preview',
    {
      schema: {
        tags: ['admin'],
        description: 'The running deadlines entering this arrangement would move. Writes nothing.',
        body: ZArrangementInput,
        response: { 200: ZCalendarPreview },
      },
    },
    async (request) => {
      admin(request);
      return calendarAdmin.previewArrangement(request.body);
    },
  );

  app.put(
    '/api/admin/calendar/arrangements',
    {
      schema: {
        tags: ['admin'],
        description:
          "Enter (or replace) a year's State Council arrangement: every flag of that year is replaced, the year stops being provisional, running deadlines are recomputed.",
        body: ZArrangementInput,
        response: { 200: ZArrangementResult },
      },
    },
    async (request) => calendarAdmin.enterArrangement(request.body, admin(request)),
  );
};
