import { SYSTEM_ACTOR, type UserActor } from '@sp/domain';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../src/lib/hash-chain.ts';
import { verifyCaseChain } from '../src/modules/audit/verify-chain.ts';
import { chainedContent, chainedEventRow, type StoredEvent } from '../src/modules/case-store/event-chain.ts';

// Known answers for the history's hash chain, computed OUTSIDE this code (shell, coreutils):
//
//   prev=$(printf 'previous event' | sha256sum | cut -d' ' -f1)
//   printf '%s\n%s' "$prev" "$JSON" | sha256sum
//
// with $JSON the RFC 8785 canonical JSON written out below. A field dropped from what is hashed
// (action, fromState, toState, actor…) changes the hash, so these fail; the tamper tests then
// edit each stored column in turn and expect the audit to find it.

const CASE_ID = '0b6f0c3a-3d2e-4f1a-9b8c-7d6e5f4a3b2c';
const DIRECTOR: UserActor = {
  kind: 'user',
  id: '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e',
  role: 'CENTER_DIRECTOR',
  unitId: null,
};
const PREV = 'bd317b78f7ee20032ad2c262df54c03e2402e06e7d311535f893acadcaae2cc3'; // sha256('previous event')

const APPROVE = {
  action: 'approve_notice' as const,
  fromState: 'NOTICE_PENDING_APPROVAL' as const,
  toState: 'AWAITING_REPLY' as const,
  actor: DIRECTOR,
  at: '2026-03-02T02:00:00.000Z',
  data: {
    noticeNumber: '执监通〔2026〕7号',
    issuedAt: '2026-03-02T02:00:00.000Z',
    dueAt: '2026-03-23T15:59:59.000Z',
  },
};
const APPROVE_JSON =
  '{"action":"approve_notice","actor":{"id":"6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e","role":"CENTER_DIRECTOR"},' +
  '"at":"2026-03-02T02:00:00.000Z","caseId":"0b6f0c3a-3d2e-4f1a-9b8c-7d6e5f4a3b2c","data":{"dueAt":' +
  '"2026-03-23T15:59:59.000Z","issuedAt":"2026-03-02T02:00:00.000Z","noticeNumber":"执监通〔2026〕7号"},' +
  '"fromState":"NOTICE_PENDING_APPROVAL","seq":5,"toState":"AWAITING_REPLY"}';
const APPROVE_HASH = '8cd3c5a3334711edd79677155e3e473d9ef9cbd3239b8cd1b6ede824d716b0bd';

const REGISTER = {
  action: 'register',
  fromState: null,
  toState: 'RECEIVED' as const,
  actor: SYSTEM_ACTOR,
  at: '2026-03-01T23:30:00.000Z',
  data: { number: '执监案〔2026〕12号', source: 'PUBLIC_COMPLAINT', channel: 'PUBLIC_WEB' },
};
const REGISTER_JSON =
  '{"action":"register","actor":{"system":true},"at":"2026-03-01T23:30:00.000Z","caseId":' +
  '"0b6f0c3a-3d2e-4f1a-9b8c-7d6e5f4a3b2c","data":{"channel":"PUBLIC_WEB","number":"执监案〔2026〕12号",' +
  '"source":"PUBLIC_COMPLAINT"},"fromState":null,"seq":1,"toState":"RECEIVED"}';
const REGISTER_HASH = '0220c52f791370e0a7f02261007588ab0729e18e4a6a8c22d762d51360514748';

describe('known-answer vectors', () => {
  it('a director’s approve_notice hashes to the value sha256sum gives', () => {
    const row = chainedEventRow(CASE_ID, 5, APPROVE, PREV);
    expect(canonicalize(chainedContent(row))).toBe(APPROVE_JSON);
    expect(row.hash).toBe(APPROVE_HASH);
    expect(row).toMatchObject({
      prevHash: PREV,
      actorId: DIRECTOR.id,
      actorRole: 'CENTER_DIRECTOR',
      at: new Date(APPROVE.at),
    });
  });

  it('a system entry with no prior state, first in its chain, too', () => {
    const row = chainedEventRow(CASE_ID, 1, REGISTER, GENESIS_HASH);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(canonicalize(chainedContent(row))).toBe(REGISTER_JSON);
    expect(row.hash).toBe(REGISTER_HASH);
    expect(row).toMatchObject({ actorId: null, actorRole: null, fromState: null });
  });

  it('the audit re-computes the same hash from the stored row', () => {
    const row = chainedEventRow(CASE_ID, 5, APPROVE, PREV);
    expect(eventHash(row.prevHash, chainedContent(row))).toBe(APPROVE_HASH);
  });
});

/** A short, valid history: register (system), then two user actions. */
function history(): StoredEvent[] {
  const first = chainedEventRow(CASE_ID, 1, REGISTER, GENESIS_HASH);
  const second = chainedEventRow(
    CASE_ID,
    2,
    { ...APPROVE, action: 'start_assessment', fromState: 'RECEIVED', toState: 'ASSESSING', data: {} },
    first.hash,
  );
  const third = chainedEventRow(CASE_ID, 3, { ...APPROVE, fromState: 'ASSESSING' }, second.hash);
  return [first, second, third];
}

const TAMPER: Record<keyof StoredEvent, (e: StoredEvent) => StoredEvent> = {
  caseId: (e) => ({ ...e, caseId: '1c7e0d4b-4e3f-4a2b-8c9d-8e7f6a5b4c3d' }),
  seq: (e) => ({ ...e, seq: e.seq + 10 }),
  action: (e) => ({ ...e, action: 'return_draft' }),
  fromState: (e) => ({ ...e, fromState: 'INVESTIGATING' }),
  toState: (e) => ({ ...e, toState: 'CLOSED' }),
  actorId: (e) => ({ ...e, actorId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' }),
  actorRole: (e) => ({ ...e, actorRole: 'CENTER_STAFF' }),
  at: (e) => ({ ...e, at: new Date(e.at.getTime() - 86_400_000) }),
  data: (e) => ({ ...e, data: { ...(e.data as object), noticeNumber: '执监通〔2026〕8号' } }),
  prevHash: (e) => ({ ...e, prevHash: 'f'.repeat(64) }),
  hash: (e) => ({ ...e, hash: 'e'.repeat(64) }),
};

describe('tampering with any stored column of an entry breaks the chain there', () => {
  it('the untouched history verifies', () => {
    expect(verifyCaseChain(CASE_ID, 3, history())).toBeNull();
  });

  it.each(Object.keys(TAMPER) as (keyof StoredEvent)[])('%s', (column) => {
    const events = history();
    events[2] = TAMPER[column](events[2]!);
    expect(verifyCaseChain(CASE_ID, 3, events)).toMatchObject({ caseId: CASE_ID, seq: 3 });
  });

  it('re-hashing a tampered entry moves the break to the next link', () => {
    const events = history();
    const forged = TAMPER.action(events[1]!);
    events[1] = { ...forged, hash: eventHash(forged.prevHash, chainedContent(forged)) };
    expect(verifyCaseChain(CASE_ID, 3, events)).toMatchObject({
      seq: 3,
      reason: expect.stringMatching(/prevHash/),
    });
  });
});
