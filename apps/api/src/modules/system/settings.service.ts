import { noticeDefaultWorkingDays } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { readProfile } from '../office-profile/office-profile.repository.ts';

// What the workflow reads of the admin's policy: the default rectification period of a
// 通知书, which is the NOTICE instrument's default in the office profile.

export function createSettingsService({ prisma }: { prisma: PrismaClient }) {
  return {
    async defaultDeadlineWorkingDays(): Promise<number> {
      return noticeDefaultWorkingDays(await readProfile(prisma));
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
