import { type Grade, type GradeThresholds, gradeOf } from './checklist.ts';

// Two reviewers score each file. Close enough → the file's result is their average; too far
// apart (more than the campaign's tolerance), or one vetoes and the other does not → the
// campaign lead records the agreed result (合议).

export const REVIEW_FILE_STATUSES = ['PENDING', 'NEEDS_RECONCILIATION', 'FINAL'] as const;
export type ReviewFileStatus = (typeof REVIEW_FILE_STATUSES)[number];

export type SubmittedSheet = { total: number; vetoed: boolean };
export type FileOutcome =
  | { status: 'PENDING' }
  | { status: 'NEEDS_RECONCILIATION'; reason: 'SCORE_GAP' | 'VETO_DISAGREEMENT' }
  | { status: 'FINAL'; total: number; vetoed: boolean; grade: Grade };

/** The file's outcome once `expected` sheets are in (null entries are sheets not yet submitted). */
export function fileOutcome(
  sheets: (SubmittedSheet | null)[],
  tolerance: number,
  thresholds: GradeThresholds,
): FileOutcome {
  const done = sheets.filter((s): s is SubmittedSheet => s !== null);
  if (done.length < sheets.length || done.length === 0) return { status: 'PENDING' };
  const vetoes = done.filter((s) => s.vetoed).length;
  if (vetoes > 0 && vetoes < done.length)
    return { status: 'NEEDS_RECONCILIATION', reason: 'VETO_DISAGREEMENT' };
  const totals = done.map((s) => s.total);
  if (Math.max(...totals) - Math.min(...totals) > tolerance)
    return { status: 'NEEDS_RECONCILIATION', reason: 'SCORE_GAP' };
  const total = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100;
  const vetoed = vetoes > 0;
  return { status: 'FINAL', total, vetoed, grade: gradeOf(total, vetoed, thresholds) };
}

/** Whether the lead may record an agreed result: only where the reviewers disagreed. */
export const needsReconciliation = (status: ReviewFileStatus): boolean => status === 'NEEDS_RECONCILIATION';
/** Whether a reviewer may still (re)submit a sheet: until the file's result is final. */
export const sheetsOpen = (status: ReviewFileStatus): boolean => status !== 'FINAL';
export const isFinal = (status: ReviewFileStatus): boolean => status === 'FINAL';
