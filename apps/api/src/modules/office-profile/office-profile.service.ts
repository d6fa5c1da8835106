import {
  type Actor,
  diffOfficeProfile,
  mergeOfficeProfile,
  noticeDefaultWorkingDays,
  publicOfficeProfile,
  type TOfficeProfile,
  type TOfficeProfileUpdate,
  withNoticeWorkingDays,
  ZOfficeProfile,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest } from '../../lib/http-errors.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import {
  insertChange,
  listChanges,
  lockProfile,
  readProfile,
  writeProfile,
} from './office-profile.repository.ts';

// The office profile (product.md "Office profile"). Every change is one transaction: the row
// is locked, the merged profile validated as a whole, written, and recorded with who changed
// what — an office can always see who changed the letterhead.

type Deps = { prisma: PrismaClient; clock: Clock };

const inProfileOrder = (stored: unknown) => ZOfficeProfile.safeParse(stored).data ?? stored;

export function createOfficeProfileService({ prisma, clock }: Deps) {
  async function change(actor: Actor, next: (current: TOfficeProfile) => TOfficeProfile) {
    return prisma.$transaction(async (tx) => {
      const before = await lockProfile(tx);
      const parsed = ZOfficeProfile.safeParse(next(before));
      if (!parsed.success)
        throw badRequest(
          '办公设置有误 / the office profile is invalid',
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      const after = parsed.data;
      if (diffOfficeProfile(before, after).length === 0) return after;
      await writeProfile(tx, after);
      await insertChange(tx, {
        at: clock.now(),
        userId: actor.kind === 'user' ? actor.id : null,
        before,
        after,
      });
      return after;
    }, TX_OPTIONS);
  }

  return {
    current: () => readProfile(prisma),
    publicProfile: async () => publicOfficeProfile(await readProfile(prisma)),
    update: (update: TOfficeProfileUpdate, actor: Actor) =>
      change(actor, (p) => mergeOfficeProfile(p, update)),

    /** The NOTICE default period (also /api/admin/deadline-policy and draft_notice's default). */
    defaultDeadlineWorkingDays: async () => noticeDefaultWorkingDays(await readProfile(prisma)),
    setDefaultDeadlineWorkingDays: (days: number, actor: Actor) =>
      change(actor, (p) => withNoticeWorkingDays(p, days)),

    async history(page: number, pageSize: number) {
      const { rows, total, users } = await listChanges(prisma, page, pageSize);
      const items = rows.map((r) => ({
        id: r.id.toString(),
        at: r.at.toISOString(),
        user: r.userId ? (users.get(r.userId) ?? null) : null,
        // jsonb keeps its own key order: list the changes in the profile's order.
        changes: diffOfficeProfile(inProfileOrder(r.before), inProfileOrder(r.after)),
      }));
      return { items, total, page, pageSize };
    },
  };
}

export type OfficeProfileService = ReturnType<typeof createOfficeProfileService>;
