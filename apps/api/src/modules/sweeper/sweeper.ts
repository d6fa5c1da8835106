import type { FastifyBaseLogger } from 'fastify';
import type { SweepService } from './sweep.service.ts';

/**
 * Runs the deadline sweep every `intervalMs` in this process. Every instance runs one; the
 * sweep itself guarantees that each overdue case is referred exactly once.
 */
export function startSweeper(sweep: SweepService, intervalMs: number, log: FastifyBaseLogger) {
  let running = false;
  const tick = async () => {
    if (running) return;
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
