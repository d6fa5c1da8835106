import { passwordPolicyProblems, type TAdminUser } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { findTakenUsernames, insertUser } from './users.repository.ts';
import { assertUsernameFree } from './users.service.ts';

// `pnpm admin:create`: the office's first administrator, created from the command line on a
// database without any demo data. Like every password someone else chose, it must be replaced
// at the first sign-in.

export async function isUsernameTaken(prisma: PrismaClient, username: string): Promise<boolean> {
  return (await findTakenUsernames(prisma, [username])).length > 0;
}

export type CreateAdministrator = { username: string; displayName: string; password: string };

/** The new administrator, or the reasons the password was refused (nothing written then). */
export async function createAdministrator(
  prisma: PrismaClient,
  { username, displayName, password }: CreateAdministrator,
): Promise<{ user: TAdminUser } | { problems: string[] }> {
  const problems = passwordPolicyProblems({ password, username });
  if (problems.length > 0) return { problems };
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    await assertUsernameFree(tx, username);
    return insertUser(tx, {
      username,
      displayName,
      role: 'ADMIN',
      unitId: null,
      passwordHash,
      mustChangePassword: true,
    });
  }, TX_OPTIONS);
  return { user };
}
