import type { CaseOutcome } from '../workflow/vocabulary.ts';

// Siping's 落实率 as api-contract.md defines `implementationRate`: notices closed as RECTIFIED ÷
// notices whose loop has ended. A referral ends the loop as NOT implemented, whatever discipline
// inspection decides later; a withdrawn notice (objection upheld) is left out; a running notice
// does not count yet; a case corrected on the spot (当场纠正) had no notice and is not in the rate.
// Honest rates: a referral is not an implementation.

/**
 * Which cases count, as filters on the case's indexed facts (domain: indexedFacts), so that a
 * repository can count them without knowing the rule: implemented = closed as rectified;
 * not implemented = referred (whether or not discipline inspection has concluded).
 */
export const NOTICE_LOOP_ENDS = {
  implemented: { noticeIssued: true, outcome: 'RECTIFIED' satisfies CaseOutcome },
  notImplemented: { noticeIssued: true, referred: true },
} as const;

export type NoticeLoopCounts = { implemented: number; notImplemented: number };

/** implemented ÷ (implemented + not implemented), or null before any notice's loop has ended. */
export function implementationRate({ implemented, notImplemented }: NoticeLoopCounts): number | null {
  const ended = implemented + notImplemented;
  return ended === 0 ? null : implemented / ended;
}
