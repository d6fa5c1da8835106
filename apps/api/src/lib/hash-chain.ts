import canonicalize from 'canonicalize';
import { sha256Hex } from './tokens.ts';

// The case history is tamper-evident: each event's hash covers the previous hash and the
// canonical JSON (RFC 8785) of the event, so editing, removing or reordering any row breaks
// every later link.

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedEventContent = {
  caseId: string;
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actor: { id: string; role: string } | { system: true };
  at: string;
  data: unknown;
};

export function eventHash(prevHash: string, event: ChainedEventContent): string {
  return sha256Hex(`${prevHash}\n${canonicalize(event)}`);
}
