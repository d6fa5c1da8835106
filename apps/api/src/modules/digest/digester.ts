import { digestHourReached } from '@sp/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../lib/clock.ts';
import type { DigestService } from './digest.service.ts';

/**
 * Runs the daily digest every `intervalMs` in this process, from DIGEST_HOUR (China time) on;
 * every instance runs one and the digest_runs rows make each mail go out once. Not started
 * without SMTP_URL.
 */
export function startDigester(
  digest: DigestService,
  intervalMs: number,
  log: FastifyBaseLogger,
  clock: Clock,
) {
  let running = false;
  const tick = async () => {
    // While a test has fixed the clock, only POST /api/test/digest sends (as for the sweep).
    if (running || clock.isFixed() || !digestHourReached(clock.now())) return;
    running = true;
    try {
      const r = await digest.run();
      if (r.sent + r.failed > 0) log.info(r, 'daily digest run');
    } catch (err) {
      log.error({ err }, 'daily digest failed; the next run tries again');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
