import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../lib/clock.ts';
import type { SweepService } from './sweep.service.ts';

/**
 * Runs the deadline sweep every `intervalMs` in this process. Every instance runs one; the
 * sweep itself guarantees that each overdue case is referred exactly once.
 */
export function startSweeper(sweep: SweepService, intervalMs: number, log: FastifyBaseLogger, clock: Clock) {
  let running = false;
  const tick = async () => {
    // While a test has fixed the clock (SUPERVISION_TEST_CLOCK), only POST /api/test/sweep
    // sweeps, so what a test observes does not depend on when the timer fires.
    if (running || clock.isFixed()) return;
    running = true;
    try {
      const referred = await sweep.run();
      if (referred > 0) log.info({ referred }, 'deadline sweep referred overdue cases');
    } catch (err) {
      log.error({ err }, 'deadline sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
