import {
  DEFAULT_OFFICE_PROFILE,
  type TOfficeProfile,
  withNoticeWorkingDays,
  ZOfficeProfile,
  ZWorkingDays,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

// The office profile is one row of `settings`; each change leaves a row in
// `office_profile_changes` (who, when, before, after).

const PROFILE_KEY = 'office.profile';
/** Before the profile existed, the default rectification period lived here alone. */
const LEGACY_DEADLINE_KEY = 'deadline.defaultWorkingDays';

type Db = Pick<PrismaClient, 'setting' | 'officeProfileChange' | 'user' | '$executeRaw' | '$queryRaw'>;

/** The stored profile, or the defaults (with a legacy default period folded into NOTICE). */
export async function readProfile(db: Pick<PrismaClient, 'setting'>): Promise<TOfficeProfile> {
  const rows = await db.setting.findMany({ where: { key: { in: [PROFILE_KEY, LEGACY_DEADLINE_KEY] } } });
  const stored = rows.find((r) => r.key === PROFILE_KEY);
  if (stored) {
    const parsed = ZOfficeProfile.safeParse(stored.value);
    if (parsed.success) return parsed.data;
  }
  const legacy = ZWorkingDays.safeParse(rows.find((r) => r.key === LEGACY_DEADLINE_KEY)?.value);
  return legacy.success ? withNoticeWorkingDays(DEFAULT_OFFICE_PROFILE, legacy.data) : DEFAULT_OFFICE_PROFILE;
}

/** Locks the profile row for the rest of the transaction (creating it first) and reads it. */
export async function lockProfile(tx: Db): Promise<TOfficeProfile> {
  const initial = JSON.stringify(await readProfile(tx));
  await tx.$executeRaw`INSERT INTO settings (key, value) VALUES (${PROFILE_KEY}, ${initial}::jsonb) ON CONFLICT (key) DO NOTHING`;
  await tx.$queryRaw`SELECT key FROM settings WHERE key = ${PROFILE_KEY} FOR UPDATE`;
  return readProfile(tx);
}

export async function writeProfile(tx: Db, profile: TOfficeProfile) {
  const value = profile as unknown as Prisma.InputJsonValue;
  await tx.setting.upsert({
    where: { key: PROFILE_KEY },
    create: { key: PROFILE_KEY, value },
    update: { value },
  });
}

export async function insertChange(
  tx: Db,
  change: { at: Date; userId: string | null; before: TOfficeProfile; after: TOfficeProfile },
) {
  await tx.officeProfileChange.create({
    data: {
      at: change.at,
      userId: change.userId,
      before: change.before as unknown as Prisma.InputJsonValue,
      after: change.after as unknown as Prisma.InputJsonValue,
    },
  });
}

export async function listChanges(db: Db, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db.officeProfileChange.findMany({
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.officeProfileChange.count(),
  ]);
  const ids = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, username: true, displayName: true },
  });
  return { rows, total, users: new Map(users.map((u) => [u.id, u])) };
}
