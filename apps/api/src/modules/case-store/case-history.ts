import type { Prisma } from '../../generated/prisma/client.ts';
import { GENESIS_HASH } from '../../lib/hash-chain.ts';
import { chainedEventRow, type HistoryEvent } from './event-chain.ts';

/**
 * Appends the event that produced version `seq` of the case, linked to the event before it.
 * (caseId, seq) is unique, so two writers can never fork the chain.
 */
export async function appendEvent(
  tx: Prisma.TransactionClient,
  caseId: string,
  seq: number,
  event: HistoryEvent,
  /** The history's head if the caller already read it (with the case, before its UPDATE). */
  head?: { seq: number; hash: string } | null,
) {
  const prev =
    seq === 1
      ? null
      : head?.seq === seq - 1
        ? head
        : await tx.caseEvent.findUnique({
            where: { caseId_seq: { caseId, seq: seq - 1 } },
            select: { hash: true },
          });
  if (seq > 1 && !prev) throw new Error(`history of case ${caseId} has no event ${seq - 1}`);
  await tx.caseEvent.create({ data: chainedEventRow(caseId, seq, event, prev?.hash ?? GENESIS_HASH) });
}
