import type { PrismaClient } from '../../generated/prisma/client.ts';
import { announce } from '../case-store/case-changes.ts';
import { type CaseRow, snapshotOf } from '../case-store/case-record.ts';

// Prisma only: what the live hub reads to decide who may hear of a case.

export async function findCaseSnapshot(prisma: PrismaClient, id: string) {
  const row = await prisma.case.findUnique({
    where: { id },
    select: { state: true, outcome: true, version: true, unitId: true, createdById: true, workflow: true },
  });
  return row ? snapshotOf(row as Pick<CaseRow, keyof typeof row>) : null;
}

/** Tells every instance that a session ended (its streams close). */
export async function announceSessionEnd(prisma: PrismaClient, sessionKey: string) {
  await announce(prisma, [{ t: 'logout', session: sessionKey }]);
}
