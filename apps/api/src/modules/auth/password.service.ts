import { passwordPolicyIssues, type TChangePasswordRequest } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest } from '../../lib/http-errors.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { sha256Hex } from '../../lib/tokens.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { readPasswordHash, updateUser } from '../users/users.repository.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { revokeUserSessions } from './sessions.repository.ts';

// A user choosing their own password (after a one-time password, or whenever they like). The
// current password is asked again, counted by the login throttle like a sign-in, so a session
// left open on a shared computer cannot be used to guess it.

type Deps = { prisma: PrismaClient; clock: Clock; throttle: LoginThrottle };
type Caller = { userId: string; username: string; sessionToken: string; ip: string };

export function createPasswordService({ prisma, clock, throttle }: Deps) {
  return {
    async change(caller: Caller, body: TChangePasswordRequest): Promise<void> {
      await throttle.assertAllowed(caller.username, caller.ip);
      const currentHash = await readPasswordHash(prisma, caller.userId);
      if (!(await verifyPassword(currentHash, body.currentPassword))) {
        await throttle.recordFailure(caller.username, caller.ip);
        throw badRequest('当前密码不正确 / the current password is wrong', [
          { path: 'currentPassword', message: '当前密码不正确 / the current password is wrong' },
        ]);
      }
      const issues = passwordPolicyIssues({
        password: body.newPassword,
        username: caller.username,
        previous: body.currentPassword,
      });
      if (issues.length > 0)
        throw badRequest('新密码不符合要求 / the new password does not meet the policy', issues);
      const passwordHash = await hashPassword(body.newPassword);
      await prisma.$transaction(async (tx) => {
        await updateUser(tx, caller.userId, { passwordHash, mustChangePassword: false });
        await revokeUserSessions(tx, caller.userId, clock.now(), sha256Hex(caller.sessionToken));
      }, TX_OPTIONS);
    },
  };
}

export type PasswordService = ReturnType<typeof createPasswordService>;
