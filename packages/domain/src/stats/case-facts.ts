import {
  type CaseOutcome,
  type CaseState,
  INSTRUMENTS,
  type Instrument,
  isTerminalState,
  OVERDUE_REFERRAL_REASONS,
} from '../workflow/vocabulary.ts';
import { NOTICE_LOOP_ENDS } from './implementation-rate.ts';

// What counts in the statistics, case by case, over the facts the API copies into columns
// (domain: indexedFacts) and the workflow's referral and notice. The API groups cases by these
// facts and counts; everything here decides what a group means, so a new state or outcome is
// counted by the same predicates without edits.

/** The facts of a case the statistics group by. */
export type StatsCaseFacts = {
  state: CaseState;
  outcome: CaseOutcome | null;
  noticeIssued: boolean;
  referred: boolean;
  /** workflow.referral.by and, for the system's referrals, its reason (a director's is free text). */
  referralBy: 'SYSTEM' | 'DIRECTOR' | null;
  referralReason: string | null;
  /** workflow.notice.instrument once notices carry one (v2); null for a plain 通知书. */
  instrument: string | null;
  /** The running deadline's light right now, from the indexed due dates. */
  deadline: 'DUE_SOON' | 'OVERDUE' | null;
};

/** How a referral is counted: the system's reason (no reply, not implemented), or the director's decision. */
export const REFERRAL_KINDS = [...OVERDUE_REFERRAL_REASONS, 'DIRECTOR'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export function referralKind(f: Pick<StatsCaseFacts, 'referralBy' | 'referralReason'>): ReferralKind | null {
  if (f.referralBy === 'DIRECTOR') return 'DIRECTOR';
  if (f.referralBy !== 'SYSTEM') return null;
  return (OVERDUE_REFERRAL_REASONS as readonly string[]).includes(f.referralReason ?? '')
    ? (f.referralReason as ReferralKind)
    : 'NO_REPLY';
}

/** Referred by the deadline sweep: the unit let its deadline pass (counts as overdue in its period). */
export const referredForLateness = (f: Pick<StatsCaseFacts, 'referralBy'>) => f.referralBy === 'SYSTEM';

/** Still open: not closed (with or without a notice). */
export const isOpenCase = (f: Pick<StatsCaseFacts, 'state'>) => !isTerminalState(f.state);

/** 落实率's side of a case: 'IMPLEMENTED', 'NOT_IMPLEMENTED', or null (no notice, running, withdrawn). */
export function noticeLoopEnd(f: Partial<Record<string, unknown>>): 'IMPLEMENTED' | 'NOT_IMPLEMENTED' | null {
  const matches = (where: Record<string, unknown>) => Object.entries(where).every(([k, v]) => f[k] === v);
  if (matches(NOTICE_LOOP_ENDS.implemented)) return 'IMPLEMENTED';
  if (matches(NOTICE_LOOP_ENDS.notImplemented)) return 'NOT_IMPLEMENTED';
  return null;
}

/** Which 监督文书 an issued notice is: its own instrument when it says, else the 通知书. */
export function noticeInstrument(instrument: string | null): Instrument {
  return (INSTRUMENTS as readonly string[]).includes(instrument ?? '')
    ? (instrument as Instrument)
    : 'NOTICE';
}
