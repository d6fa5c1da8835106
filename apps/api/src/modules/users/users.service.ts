import {
  accountChangeRefusal,
  assignmentIssues,
  patchedAssignment,
  type TAdminUser,
  type TCreatedUser,
  type TCreateUserRequest,
  type TPage,
  type TUpdateUserRequest,
  type TUserListQuery,
  type UserActor,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, duplicate, notFound, unprocessable } from '../../lib/http-errors.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { newInitialPassword } from '../../lib/tokens.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { revokeUserSessions } from '../auth/sessions.repository.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { findUnitById } from '../units/units.repository.ts';
import {
  findTakenUsernames,
  findUserById,
  insertUser,
  listUsers,
  lockActiveAdmins,
  updateUser,
} from './users.repository.ts';

// User accounts as the administrator keeps them. A new account gets a one-time password, shown
// once and stored only as a hash; the user must replace it at first sign-in. Deactivation and a
// reset end the user's sessions in the same transaction as the change.

type Deps = { prisma: PrismaClient; clock: Clock };
type Tx = Prisma.TransactionClient;

const USERNAME_TAKEN = '用户名已被使用 / this username is taken';

export async function assertUsernameFree(tx: Tx, username: string): Promise<void> {
  if ((await findTakenUsernames(tx, [username])).length > 0)
    throw duplicate(USERNAME_TAKEN, [{ path: 'username', message: USERNAME_TAKEN }]);
}

/** A unit a user is being put in must exist and take work (422 otherwise). */
async function assertUnitUsable(tx: Tx, unitId: string): Promise<void> {
  const unit = await findUnitById(tx, unitId);
  if (!unit)
    throw unprocessable('所选单位不存在 / unknown unit', [
      { path: 'unitId', message: '单位不存在 / unknown unit' },
    ]);
  if (!unit.active)
    throw unprocessable('所选单位已停用，不能加入用户 / the unit is inactive', [
      { path: 'unitId', message: '单位已停用 / the unit is inactive' },
    ]);
}

function raceError(error: unknown): never {
  if (isUniqueViolation(error))
    throw duplicate(USERNAME_TAKEN, [{ path: 'username', message: USERNAME_TAKEN }]);
  throw error;
}

/** A fresh one-time password and its hash (hashed outside any transaction: ≈ 11 ms each). */
export async function oneTimePassword(): Promise<{ password: string; passwordHash: string }> {
  const password = newInitialPassword();
  return { password, passwordHash: await hashPassword(password) };
}

export function createUsersService({ prisma, clock }: Deps) {
  return {
    async list(query: TUserListQuery): Promise<TPage<TAdminUser>> {
      const { items, total } = await listUsers(prisma, query);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    async create(body: TCreateUserRequest): Promise<TCreatedUser> {
      const { password, passwordHash } = await oneTimePassword();
      const user = await prisma
        .$transaction(async (tx) => {
          await assertUsernameFree(tx, body.username);
          if (body.unitId) await assertUnitUsable(tx, body.unitId);
          return insertUser(tx, {
            username: body.username,
            displayName: body.displayName,
            role: body.role,
            unitId: body.unitId ?? null,
            email: body.email ?? null,
            passwordHash,
            mustChangePassword: true,
          });
        }, TX_OPTIONS)
        .catch(raceError);
      return { user, initialPassword: password };
    },

    async update(actor: UserActor, id: string, body: TUpdateUserRequest): Promise<TAdminUser> {
      return prisma.$transaction(async (tx) => {
        const before = await findUserById(tx, id);
        if (!before) throw notFound('用户不存在 / no such user');
        const next = patchedAssignment(before, body);
        const issues = assignmentIssues(next);
        if (issues.length > 0) throw badRequest(issues[0]!.message, issues);
        if (next.unitId && next.unitId !== before.unitId) await assertUnitUsable(tx, next.unitId);
        const active = body.active ?? before.active;
        const refusal = accountChangeRefusal({
          actorId: actor.id,
          targetId: id,
          before,
          after: { role: next.role, active },
          activeAdmins: await lockActiveAdmins(tx),
        });
        if (refusal) throw unprocessable(refusal);
        const after = await updateUser(tx, id, {
          displayName: body.displayName,
          ...next,
          ...(body.email === undefined ? {} : { email: body.email }),
          active,
        });
        if (before.active && !active) await revokeUserSessions(tx, id, clock.now());
        return after;
      }, TX_OPTIONS);
    },

    async resetPassword(id: string): Promise<{ initialPassword: string }> {
      const { password, passwordHash } = await oneTimePassword();
      await prisma.$transaction(async (tx) => {
        if (!(await findUserById(tx, id))) throw notFound('用户不存在 / no such user');
        await updateUser(tx, id, { passwordHash, mustChangePassword: true });
        await revokeUserSessions(tx, id, clock.now());
      }, TX_OPTIONS);
      return { initialPassword: password };
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
