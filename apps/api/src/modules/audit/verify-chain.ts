import type { PrismaClient } from '../../generated/prisma/client.ts';
import { eventHash, GENESIS_HASH } from '../../lib/hash-chain.ts';
import { chainedContent } from '../case-store/event-chain.ts';

// The audit of the append-only history (`pnpm audit:verify`): every case's events must run
// seq 1..n up to the case's version, each linked to the one before it, and each hash must be
// exactly what case-store/event-chain.ts computed when the event was written. Any edited, removed or
// reordered row shows up as the first event whose check fails.

export type BrokenLink = { caseId: string; seq: number; reason: string };
export type VerifyResult = { casesChecked: number; firstBroken: null | BrokenLink };

export type EventRow = {
  caseId: string;
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorId: string | null;
  actorRole: string | null;
  at: Date;
  data: unknown;
  prevHash: string;
  hash: string;
};

/** The columns the check reads. */
export const CHAIN_EVENT_SELECT = {
  caseId: true,
  seq: true,
  action: true,
  fromState: true,
  toState: true,
  actorId: true,
  actorRole: true,
  at: true,
  data: true,
  prevHash: true,
  hash: true,
} as const;

/** The first broken link of one case's history (events in seq order), or null. */
export function verifyCaseChain(caseId: string, version: number, events: EventRow[]): BrokenLink | null {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const seq = i + 1;
    if (e.seq !== seq)
      return { caseId, seq, reason: `event ${seq} is missing (found ${e.seq} in its place)` };
    if (e.prevHash !== prevHash) return { caseId, seq, reason: 'prevHash does not match the previous hash' };
    if (eventHash(prevHash, chainedContent(e)) !== e.hash)
      return { caseId, seq, reason: 'hash does not match the event content' };
    prevHash = e.hash;
  }
  if (events.length !== version) {
    const seq = Math.min(events.length, version) + 1;
    return {
      caseId,
      seq,
      reason: `case is at version ${version} but its history has ${events.length} events`,
    };
  }
  return null;
}

/** Verifies every case's chain, oldest case first; stops at the first broken one. */
export async function verifyAllChains(prisma: PrismaClient, batchSize = 200): Promise<VerifyResult> {
  let casesChecked = 0;
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const cases: { id: string; version: number; createdAt: Date }[] = await prisma.case.findMany({
      where: cursor
        ? {
            OR: [
              { createdAt: { gt: cursor.createdAt } },
              { createdAt: cursor.createdAt, id: { gt: cursor.id } },
            ],
          }
        : {},
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: batchSize,
      select: { id: true, version: true, createdAt: true },
    });
    if (cases.length === 0) break;
    const events = await prisma.caseEvent.findMany({
      where: { caseId: { in: cases.map((c) => c.id) } },
      orderBy: [{ caseId: 'asc' }, { seq: 'asc' }],
      select: {
        caseId: true,
        seq: true,
        action: true,
        fromState: true,
        toState: true,
        actorId: true,
        actorRole: true,
        at: true,
        data: true,
        prevHash: true,
        hash: true,
      },
    });
    const byCase = new Map<string, EventRow[]>(cases.map((c) => [c.id, []]));
    for (const e of events) byCase.get(e.caseId)!.push(e);
    for (const c of cases) {
      casesChecked++;
      const broken = verifyCaseChain(c.id, c.version, byCase.get(c.id)!);
      if (broken) return { casesChecked, firstBroken: broken };
    }
    const last = cases.at(-1)!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
  return { casesChecked, firstBroken: null };
}
