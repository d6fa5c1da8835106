import { type Actor, canSeeReporter } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findReporter, logReporterAccess } from './cases.repository.ts';

// 保护举报人: the reporter's identity is read only here, only for those the domain allows, and
// every read leaves a row in reporter_access_log.

export async function readReporter(prisma: PrismaClient, caseId: string, actor: Actor, route: string) {
  if (!canSeeReporter(actor) || actor.kind !== 'user') return undefined;
  const reporter = await findReporter(prisma, caseId);
  if (!reporter) return undefined;
  await logReporterAccess(prisma, { caseId, userId: actor.id, route });
  return { name: reporter.name, phone: reporter.phone, anonymous: reporter.anonymous };
}
