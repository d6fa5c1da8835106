import { canSeeReporter, STATES, TERMINAL_STATE, ZStats } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';

type Deps = { prisma: PrismaClient; clock: Clock };

export const statsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { prisma, clock }) => {
  app.get('/api/stats', { schema: { tags: ['reference'], response: { 200: ZStats } } }, async (request) => {
    // The dashboard is the center's (staff and director): the same people who see everything.
    if (!canSeeReporter(requireActor(request))) throw forbidden();
    const now = clock.now();
    const [byStateRows, units, open, dueSoon, overdue, noticesIssued, closedWithNotice, rectified] =
      await Promise.all([
        prisma.case.groupBy({ by: ['state'], _count: { _all: true } }),
        prisma.unit.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
        prisma.case.groupBy({
          by: ['unitId'],
          where: { state: { not: TERMINAL_STATE } },
          _count: { _all: true },
        }),
        prisma.case.groupBy({
          by: ['unitId'],
          where: { dueSoonAt: { lte: now }, dueAt: { gte: now } },
          _count: { _all: true },
        }),
        prisma.case.groupBy({ by: ['unitId'], where: { dueAt: { lt: now } }, _count: { _all: true } }),
        prisma.notice.count(),
        prisma.case.count({
          where: { noticeIssued: true, state: TERMINAL_STATE, outcome: { not: 'NOTICE_WITHDRAWN' } },
        }),
        prisma.case.count({ where: { noticeIssued: true, outcome: 'RECTIFIED' } }),
      ]);
    const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<(typeof STATES)[number], number>;
    for (const r of byStateRows) byState[r.state] = r._count._all;
    const count = (rows: { unitId: string; _count: { _all: number } }[], unitId: string) =>
      rows.find((r) => r.unitId === unitId)?._count._all ?? 0;
    return {
      byState,
      byUnit: units.map((u) => ({
        unitId: u.id,
        unitName: u.name,
        open: count(open, u.id),
        dueSoon: count(dueSoon, u.id),
        overdue: count(overdue, u.id),
      })),
      noticesIssued,
      implementationRate: closedWithNotice === 0 ? null : rectified / closedWithNotice,
    };
  });
};
