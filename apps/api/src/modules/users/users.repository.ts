import type { Role, TAdminUser, TUserListQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: user accounts as the administrator sees them. No rules live here.

type Db = Prisma.TransactionClient | PrismaClient;

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  email: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  unit: { select: { name: true } },
} as const;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export function toAdminUser({ unit, createdAt, ...row }: UserRow): TAdminUser {
  return { ...row, unitName: unit?.name ?? null, createdAt: createdAt.toISOString() };
}

export async function listUsers(db: Db, query: TUserListQuery) {
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.active === undefined ? {} : { active: query.active }),
    ...(query.q
      ? {
          OR: [
            { username: { contains: query.q, mode: 'insensitive' } },
            { displayName: { contains: query.q, mode: 'insensitive' } },
            { email: { contains: query.q, mode: 'insensitive' } },
            { unit: { name: { contains: query.q, mode: 'insensitive' } } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userSelect,
      orderBy: [{ active: 'desc' }, { createdAt: 'asc' }, { username: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.user.count({ where }),
  ]);
  return { items: rows.map(toAdminUser), total };
}

export async function findUserById(db: Db, id: string): Promise<TAdminUser | null> {
  if (!isUuid(id)) return null;
  const row = await db.user.findUnique({ where: { id }, select: userSelect });
  return row ? toAdminUser(row) : null;
}

/** The usernames among `usernames` that are taken, compared without regard to case. */
export async function findTakenUsernames(db: Db, usernames: string[]): Promise<string[]> {
  if (usernames.length === 0) return [];
  const lowered = usernames.map((u) => u.toLowerCase());
  const rows = await db.$queryRaw<{ username: string }[]>`
    SELECT username FROM users WHERE lower(username) = ANY(${lowered}::text[])`;
  return rows.map((r) => r.username);
}

export type NewAccount = {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  email?: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
};

export async function insertUser(db: Db, data: NewAccount): Promise<TAdminUser> {
  return toAdminUser(await db.user.create({ data, select: userSelect }));
}

export async function updateUser(
  db: Db,
  id: string,
  data: {
    displayName?: string;
    role?: Role;
    unitId?: string | null;
    email?: string | null;
    active?: boolean;
    passwordHash?: string;
    mustChangePassword?: boolean;
  },
): Promise<TAdminUser> {
  return toAdminUser(await db.user.update({ where: { id }, data, select: userSelect }));
}

/**
 * The active administrators, locked until the transaction ends: two administrators demoting
 * each other at the same moment then see each other's change, and the last one stays.
 */
export async function lockActiveAdmins(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
  return rows.length;
}

export async function readPasswordHash(db: Db, id: string): Promise<string> {
  const row = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
  return row.passwordHash;
}

/** Active users of these roles, by name (the 承办人 picker). */
export async function findActiveUsersOfRoles(db: Db, roles: readonly Role[]) {
  const rows = await db.user.findMany({
    where: { active: true, role: { in: [...roles] } },
    orderBy: { displayName: 'asc' },
    select: { id: true, displayName: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.displayName }));
}

/** One active user as a picker option, or none. */
export async function findActiveUserOption(db: Db, id: string) {
  const row = await db.user.findFirst({
    where: { id, active: true },
    select: { id: true, displayName: true },
  });
  return row ? [{ id: row.id, name: row.displayName }] : [];
}
