// 执法证 status. Stored: the administrative decision — VALID, SUSPENDED (暂扣) or REVOKED (吊销/
// 取消执法资格) — with its history. Computed: EXPIRED, whenever today is past `validUntil`; it is
// never stored, so no job has to flip it at midnight and the history shows only decisions
// people took. docs/registry.md explains the choice.

export const OFFICER_STATUSES = ['VALID', 'EXPIRED', 'SUSPENDED', 'REVOKED'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

export const STORED_OFFICER_STATUSES = ['VALID', 'SUSPENDED', 'REVOKED'] as const;
export type StoredOfficerStatus = (typeof STORED_OFFICER_STATUSES)[number];

/** Dates are ISO calendar dates (YYYY-MM-DD, Asia/Shanghai), compared as strings. */
export type CertificateFacts = { status: StoredOfficerStatus; validFrom: string; validUntil: string };

/** What the certificate is today: a suspension or revocation wins; else expired after validUntil. */
export function effectiveOfficerStatus(officer: CertificateFacts, today: string): OfficerStatus {
  if (officer.status !== 'VALID') return officer.status;
  return today > officer.validUntil ? 'EXPIRED' : 'VALID';
}

/** A decision and the calendar date (Asia/Shanghai) it took effect. */
export type StatusChange = { date: string; toStatus: StoredOfficerStatus };

/**
 * The certificate's status on a past date (an enforcement act's date), from its history of
 * decisions (oldest first). Before validFrom the certificate was not yet valid: EXPIRED is the
 * nearest honest word (not valid on that date). The seam for flagging cases (phase 2).
 */
export function officerStatusOn(
  officer: Omit<CertificateFacts, 'status'> & { initialStatus: StoredOfficerStatus },
  history: StatusChange[],
  date: string,
): OfficerStatus {
  if (date < officer.validFrom) return 'EXPIRED';
  let status = officer.initialStatus;
  for (const change of history) if (change.date <= date) status = change.toStatus;
  return effectiveOfficerStatus({ ...officer, status }, date);
}

export const certificateValidOn = (...args: Parameters<typeof officerStatusOn>): boolean =>
  officerStatusOn(...args) === 'VALID';

/**
 * What an accepted 处理建议 (条例 art. 32) does to the certificate (docs/registry.md):
 * 取消执法资格 → REVOKED; 离岗教育 and 调离执法岗位 → SUSPENDED (no enforcement while it lasts;
 * the admin restores it); 批评教育 changes nothing.
 */
export const MEASURE_STATUS = {
  CRITICISM: null,
  OFF_DUTY_TRAINING: 'SUSPENDED',
  REASSIGNMENT: 'SUSPENDED',
  REVOKE_QUALIFICATION: 'REVOKED',
} as const satisfies Record<string, StoredOfficerStatus | null>;

const SEVERITY: Record<StoredOfficerStatus, number> = { VALID: 0, SUSPENDED: 1, REVOKED: 2 };

/**
 * The stored status after the organ answered a proposal, or null when it stays: only an
 * accepted measure changes it, and never to a milder one (a revoked certificate stays revoked).
 */
export function statusAfterAnswer(
  current: StoredOfficerStatus,
  measure: keyof typeof MEASURE_STATUS,
  accepted: boolean,
): StoredOfficerStatus | null {
  const target = accepted ? MEASURE_STATUS[measure] : null;
  return target && SEVERITY[target] > SEVERITY[current] ? target : null;
}
