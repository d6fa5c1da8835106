import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { DigestService } from '../digest/digest.service.ts';
import type { SweepService } from '../sweeper/sweep.service.ts';
import { pingDatabase } from './system.repository.ts';

type Deps = { prisma: PrismaClient; clock: Clock; sweep: SweepService; digest: DigestService };

/** Health, and the test clock (only routed when SUPERVISION_TEST_CLOCK=1). */
export function createSystemService({ prisma, clock, sweep, digest }: Deps) {
  return {
    async health() {
      await pingDatabase(prisma);
      return { status: 'ok' as const, db: 'ok' as const };
    },
    /** Fixes the server's clock at `now` (null: real time again); returns the time it now reads. */
    setClock(now: Date | null) {
      clock.set(now);
      return { now: clock.now().toISOString() };
    },
    async sweepNow() {
      return { referred: await sweep.run() };
    },
    /** Sends today's digests now, whatever the hour (nothing without SMTP_URL). */
    async digestNow() {
      return digest.run();
    },
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
