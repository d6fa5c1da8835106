import type { RecordedEvent } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { type ChainedEventContent, eventHash } from '../../lib/hash-chain.ts';

// The one place that says what a history entry hashes. Writers (appendEvent, the sweep) build
// their rows with chainedEventRow; the audit (modules/audit) re-hashes stored rows with the same
// chainedContent, so a field left out of the hash is left out everywhere — and the known-answer
// test (test/event-chain.test.ts) fails.

/** An entry of a case's history; the first one (register) and system entries have no prior state. */
export type HistoryEvent =
  | RecordedEvent
  | (Omit<RecordedEvent, 'action' | 'fromState'> & { action: string; fromState: null });

/** A case_events row as stored (without its surrogate id). */
export type StoredEvent = {
  caseId: string;
  seq: number;
  action: string;
  fromState: HistoryEvent['fromState'];
  toState: HistoryEvent['toState'];
  actorId: string | null;
  actorRole: (HistoryEvent['actor'] & { kind: 'user' })['role'] | null;
  at: Date;
  data: Prisma.InputJsonValue;
  prevHash: string;
  hash: string;
};

type Content = Pick<StoredEvent, 'caseId' | 'seq' | 'action' | 'at'> & {
  fromState: string | null;
  toState: string;
  actorId: string | null;
  actorRole: string | null;
  data: unknown;
};

/** What is hashed of a stored entry: everything but its own hashes (prevHash is chained in). */
export function chainedContent(e: Content): ChainedEventContent {
  return {
    caseId: e.caseId,
    seq: e.seq,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actor: e.actorId && e.actorRole ? { id: e.actorId, role: e.actorRole } : { system: true },
    at: e.at.toISOString(),
    data: e.data,
  };
}

/** The row that records `event` as entry `seq` of the case's history, linked to `prevHash`. */
export function chainedEventRow(
  caseId: string,
  seq: number,
  event: HistoryEvent,
  prevHash: string,
): StoredEvent {
  const user = event.actor.kind === 'user' ? event.actor : null;
  const content = {
    caseId,
    seq,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    actorId: user?.id ?? null,
    actorRole: user?.role ?? null,
    at: new Date(event.at),
    // Store exactly what is hashed: a JSON round trip drops undefined fields the way jsonb would.
    data: JSON.parse(JSON.stringify(event.data)) as Prisma.InputJsonObject,
  };
  return { ...content, prevHash, hash: eventHash(prevHash, chainedContent(content)) };
}
