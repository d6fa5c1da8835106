import type { Actor, RecordedEvent } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { eventHash, GENESIS_HASH } from '../../lib/hash-chain.ts';

type Tx = Prisma.TransactionClient;

export function chainActor(actor: Actor) {
  return actor.kind === 'system' ? ({ system: true } as const) : { id: actor.id, role: actor.role };
}

/**
 * Appends the event that produced version `seq` of the case, linked to the event before it.
 * (caseId, seq) is unique, so two writers can never fork the chain.
 */
export async function appendEvent(
  tx: Tx,
  caseId: string,
  seq: number,
  event: RecordedEvent | (Omit<RecordedEvent, 'action' | 'fromState'> & { action: string; fromState: null }),
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
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const actor = chainActor(event.actor);
  // Store exactly what was hashed: a JSON round trip drops undefined fields the way jsonb would.
  const data = JSON.parse(JSON.stringify(event.data)) as Prisma.InputJsonObject;
  const hash = eventHash(prevHash, {
    caseId,
    seq,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    actor,
    at: event.at,
    data,
  });
  await tx.caseEvent.create({
    data: {
      caseId,
      seq,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      actorId: 'id' in actor ? actor.id : null,
      actorRole: 'role' in actor ? actor.role : null,
      at: new Date(event.at),
      data,
      prevHash,
      hash,
    },
  });
}
