import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';

// Admin policy kept in the settings table. Today: the default rectification deadline
// (15 working days unless the administrator changes it; 1–60 allowed).

const DEFAULT_DEADLINE_KEY = 'deadline.defaultWorkingDays';
export const DEFAULT_DEADLINE_WORKING_DAYS = 15;

export function createSettingsService({ prisma }: { prisma: PrismaClient }) {
  return {
    async defaultDeadlineWorkingDays(): Promise<number> {
      const row = await prisma.setting.findUnique({ where: { key: DEFAULT_DEADLINE_KEY } });
      const parsed = z.int().min(1).max(60).safeParse(row?.value);
      return parsed.success ? parsed.data : DEFAULT_DEADLINE_WORKING_DAYS;
    },
    async setDefaultDeadlineWorkingDays(days: number): Promise<void> {
      await prisma.setting.upsert({
        where: { key: DEFAULT_DEADLINE_KEY },
        create: { key: DEFAULT_DEADLINE_KEY, value: days },
        update: { value: days },
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
