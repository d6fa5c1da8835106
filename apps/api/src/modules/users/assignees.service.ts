import { assignableScope, CENTER_ROLES, type TAssigneeOption, type UserActor } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { findActiveUserOption, findActiveUsersOfRoles } from './users.repository.ts';

/** Whom the caller may make 承办人 (domain: assignableScope): the center's people, or oneself. */
export function createAssigneesService({ prisma }: { prisma: PrismaClient }) {
  return {
    async options(actor: UserActor): Promise<TAssigneeOption[]> {
      switch (assignableScope(actor.role)) {
        case 'center':
          return findActiveUsersOfRoles(prisma, CENTER_ROLES);
        case 'self':
          return findActiveUserOption(prisma, actor.id);
        case 'none':
          throw forbidden();
      }
    },
  };
}

export type AssigneesService = ReturnType<typeof createAssigneesService>;
