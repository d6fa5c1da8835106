import { shanghaiDate } from '../calendar/iso-date.ts';
import type { StoredOfficerStatus } from './officer-status.ts';

// Officers cited by a case, and whether each one's 执法证 was valid on the date of the
// enforcement act (the case's 发生日期, occurredAt). A certificate was not valid on that date
// when the date is before validFrom (not yet valid), after validUntil (expired), or when the
// last decision taken on or before that date (officer_status_history) was a suspension or a
// revocation. Decisions taken after the date do not reach back: an officer revoked in June
// acted validly in May. When the case has no 发生日期, its registration date stands in (and the
// answer says so), so every cited officer is checked against a date.

/** Why a certificate was not valid on the act's date; null when it was valid. */
export const UNCERTIFIED_REASONS = ['NOT_YET_VALID', 'EXPIRED', 'SUSPENDED', 'REVOKED'] as const;
export type UncertifiedReason = (typeof UNCERTIFIED_REASONS)[number];

/** Which date the check used: the case's 发生日期, or its registration date when none was given. */
export const ACT_DATE_BASES = ['OCCURRED_AT', 'REGISTERED_AT'] as const;
export type ActDateBasis = (typeof ACT_DATE_BASES)[number];

/** The most officers one case may cite. */
export const MAX_CASE_OFFICERS = 20;

/** A decision on the certificate (oldest first): the instant it was taken, and what it set. */
export type CertificateDecision = { at: Date | string; toStatus: StoredOfficerStatus };

export type CertificateRecord = {
  /** ISO calendar dates (Asia/Shanghai). */
  validFrom: string;
  validUntil: string;
  /** Every decision, oldest first; the first is the registration or import. */
  history: CertificateDecision[];
};

/** The calendar date (Asia/Shanghai) the act is judged on. */
export function actDateOf(occurredAt: Date | string | null, registeredAt: Date | string) {
  const basis: ActDateBasis = occurredAt ? 'OCCURRED_AT' : 'REGISTERED_AT';
  return { date: shanghaiDate(new Date(occurredAt ?? registeredAt)), basis };
}

/** Why the certificate was not valid on `date` (YYYY-MM-DD), or null when it was. */
export function uncertifiedReasonOn(cert: CertificateRecord, date: string): UncertifiedReason | null {
  if (date < cert.validFrom) return 'NOT_YET_VALID';
  // Before the first recorded decision the certificate stands as first recorded.
  let status: StoredOfficerStatus = cert.history[0]?.toStatus ?? 'VALID';
  for (const d of cert.history) if (shanghaiDate(new Date(d.at)) <= date) status = d.toStatus;
  if (status !== 'VALID') return status;
  return date > cert.validUntil ? 'EXPIRED' : null;
}

/** A case counts as "handled by an uncertified officer" when any cited officer was not valid. */
export const hasUncertifiedOfficer = (reasons: (UncertifiedReason | null)[]): boolean =>
  reasons.some((r) => r !== null);

/** The history entry written when the cited officers of a case change (not a workflow action). */
export const CITE_OFFICERS_ACTION = 'cite_officers';

/** Same officers in the same order: nothing to record. */
export const sameCitation = (before: string[], after: string[]): boolean =>
  before.length === after.length && before.every((id, i) => id === after[i]);
