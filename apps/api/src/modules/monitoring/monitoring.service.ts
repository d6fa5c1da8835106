import {
  type Actor,
  type BoardCard,
  canSeeStatistics,
  monitoringBoard,
  monitoringDeadlines,
  periodInstants,
  type TMonitoringBoard,
  type TMonitoringQuery,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { listUnits } from '../stats/stats.repository.ts';
import { casesWithRunningDeadline, referralsPerUnit } from './monitoring.repository.ts';

/** The e-monitoring board (银川 电子监察) for the center: staff and director (canSeeStatistics). */
export function createMonitoringService({
  prisma,
  clock,
  calendars,
}: {
  prisma: PrismaClient;
  clock: Clock;
  calendars: CalendarService;
}) {
  return {
    async board(actor: Actor, query: TMonitoringQuery = {}): Promise<TMonitoringBoard> {
      if (!canSeeStatistics(actor)) throw forbidden();
      const now = clock.now();
      const [cal, units, running, referrals] = await Promise.all([
        calendars.current(),
        listUnits(prisma),
        casesWithRunningDeadline(prisma),
        referralsPerUnit(prisma, periodInstants(query)),
      ]);
      // A case whose unit is undetermined runs no deadline of a unit; the board is per unit.
      const cards: BoardCard[] = running.flatMap(({ unitId, ...row }) =>
        unitId === null
          ? []
          : monitoringDeadlines(snapshotOf({ ...row, unitId }), now, cal).map((d) => ({
              ...d,
              caseId: row.id,
              number: row.number,
              title: row.title,
              state: row.state,
              unitId,
            })),
      );
      return {
        asOf: now.toISOString(),
        period: { from: query.from ?? null, to: query.to ?? null },
        ...monitoringBoard({ units, cards, referrals }),
      };
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
