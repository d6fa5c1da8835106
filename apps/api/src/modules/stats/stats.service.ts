import { type Actor, canSeeStatistics, implementationRate, STATES, type TStats } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { countByState, countDeadlinesByUnit, countNotices } from './stats.repository.ts';

/** The center's dashboard: cases per state, deadline alerts per unit, notices and 落实率. */
export function createStatsService({ prisma, clock }: { prisma: PrismaClient; clock: Clock }) {
  return {
    async get(actor: Actor): Promise<TStats> {
      if (!canSeeStatistics(actor)) throw forbidden();
      const [states, byUnit, notices] = await Promise.all([
        countByState(prisma),
        countDeadlinesByUnit(prisma, clock.now()),
        countNotices(prisma),
      ]);
      const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as TStats['byState'];
      for (const { state, count } of states) byState[state] = count;
      return {
        byState,
        byUnit,
        noticesIssued: notices.issued,
        implementationRate: implementationRate(notices),
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
