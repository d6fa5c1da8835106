import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { DUMMY_HASH, verifyPassword } from '../../lib/passwords.ts';
import { newSessionToken, sha256Hex } from '../../lib/tokens.ts';

// Server-side sessions in the database, so every API instance sees the same ones and logout
// revokes at once everywhere. The cookie carries a random token; the table only its hash.

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  mustChangePassword: boolean;
};

type Deps = { prisma: PrismaClient; clock: Clock };

export function createSessionsService({ prisma, clock }: Deps) {
  const userSelect = {
    id: true,
    username: true,
    displayName: true,
    role: true,
    unitId: true,
    mustChangePassword: true,
    unit: { select: { name: true } },
  } as const;
  const toSessionUser = (u: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    unitId: string | null;
    mustChangePassword: boolean;
    unit: { name: string } | null;
  }): SessionUser => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    unitName: u.unit?.name ?? null,
    mustChangePassword: u.mustChangePassword,
  });

  return {
    /** Checks the password; the same work and the same answer for an unknown user. */
    async authenticate(username: string, password: string): Promise<SessionUser | null> {
      const user = await prisma.user.findUnique({
        where: { username },
        select: { ...userSelect, passwordHash: true, active: true },
      });
      const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      return user && ok && user.active ? toSessionUser(user) : null;
    },

    async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
      const token = newSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      await prisma.session.create({ data: { tokenHash: sha256Hex(token), userId, expiresAt } });
      return { token, expiresAt };
    },

    async resolve(token: string): Promise<SessionUser | null> {
      if (token.length > 100) return null;
      const session = await prisma.session.findUnique({
        where: { tokenHash: sha256Hex(token) },
        select: { expiresAt: true, revokedAt: true, user: { select: { ...userSelect, active: true } } },
      });
      // Session expiry runs on real time: moving the test clock must not sign everyone out.
      if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now() || !session.user.active)
        return null;
      return toSessionUser(session.user);
    },

    async revoke(token: string): Promise<void> {
      await prisma.session.updateMany({
        where: { tokenHash: sha256Hex(token), revokedAt: null },
        data: { revokedAt: clock.now() },
      });
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
