import type { PrismaClient } from '../../generated/prisma/client.ts';
import { tooManyRequests } from '../../lib/http-errors.ts';

// Brute-force protection that holds across instances: failed attempts are rows in the shared
// database, counted per username and per address over a sliding window. Only failures count,
// so people who type their password right are never slowed down.

export const THROTTLE = {
  windowMs: 10 * 60 * 1000,
  maxFailuresPerUsername: 10,
  maxFailuresPerIp: 100,
} as const;

export function createLoginThrottle({ prisma }: { prisma: PrismaClient }) {
  const since = () => new Date(Date.now() - THROTTLE.windowMs);
  return {
    async assertAllowed(username: string, ip: string): Promise<void> {
      const [byUser, byIp] = await Promise.all([
        prisma.loginFailure.count({ where: { username, at: { gt: since() } } }),
        prisma.loginFailure.count({ where: { ip, at: { gt: since() } } }),
      ]);
      if (byUser >= THROTTLE.maxFailuresPerUsername || byIp >= THROTTLE.maxFailuresPerIp) {
        throw tooManyRequests(
          '登录失败次数过多，请 10 分钟后再试 / too many failed sign-ins, try again in 10 minutes',
          THROTTLE.windowMs / 1000,
        );
      }
    },
    async recordFailure(username: string, ip: string): Promise<void> {
      await prisma.loginFailure.create({ data: { username, ip } });
    },
    async recordSuccess(username: string): Promise<void> {
      await prisma.loginFailure.deleteMany({ where: { username } });
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
