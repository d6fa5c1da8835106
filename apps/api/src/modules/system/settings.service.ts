import { noticeDefaultWorkingDays } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { readProfile } from '../office-profile/office-profile.repository.ts';

// What the workflow reads of the admin's policy: the office profile (the default rectification
// period of a 通知书 is the NOTICE instrument's default there).

export function createSettingsService({ prisma }: { prisma: PrismaClient }) {
  return {
    async defaultDeadlineWorkingDays(): Promise<number> {
      return noticeDefaultWorkingDays(await readProfile(prisma));
    },
    /** The whole profile: instruments in use, default periods, objection window, overdue policy. */
    async officeProfile() {
      return readProfile(prisma);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
