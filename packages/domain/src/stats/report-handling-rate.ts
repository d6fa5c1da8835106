import type { CaseOutcome, CaseSource } from '../workflow/vocabulary.ts';

// 举报案件查处率 (广东's report on administrative enforcement supervision): of the cases that
// came from citizens' reports and have been concluded, the share concluded with a finding —
// the unit was found at fault and had to put it right (a notice's rectification accepted, or
// the case concluded by discipline inspection after a referral). Dismissed, no violation found,
// and a notice withdrawn after an upheld objection are concluded WITHOUT a finding; a case
// transferred out to another authority was not concluded here and is left out. Running cases do
// not count yet. Every outcome must be placed (the type refuses a new outcome left unplaced).

/** The sources that are citizens' reports: the public web form / 来信来访, and the hotline. */
export const CITIZEN_REPORT_SOURCES = [
  'PUBLIC_COMPLAINT',
  'HOTLINE',
] as const satisfies readonly CaseSource[];

export type ReportConclusion = 'FINDING' | 'NO_FINDING' | 'NOT_COUNTED';

export const REPORT_CONCLUSIONS = {
  DISMISSED: 'NO_FINDING',
  TRANSFERRED_OUT: 'NOT_COUNTED',
  NO_VIOLATION: 'NO_FINDING',
  RECTIFIED: 'FINDING',
  NOTICE_WITHDRAWN: 'NO_FINDING',
  DISCIPLINE_CONCLUDED: 'FINDING',
  // 督促立即纠正 (art. 26): the complaint was well-founded and the unit put it right.
  CORRECTED_ON_SPOT: 'FINDING',
  // 合并办理: the matter is counted once, in the case it was merged into.
  MERGED: 'NOT_COUNTED',
} as const satisfies Record<CaseOutcome, ReportConclusion>;

export const isCitizenReport = (source: CaseSource): boolean =>
  (CITIZEN_REPORT_SOURCES as readonly CaseSource[]).includes(source);

export type ReportHandling = { concluded: number; withFinding: number; rate: number | null };

/** From counts of concluded citizen-report cases per outcome: concluded, with a finding, the rate. */
export function reportHandlingRate(rows: { outcome: CaseOutcome; count: number }[]): ReportHandling {
  let concluded = 0;
  let withFinding = 0;
  for (const { outcome, count } of rows) {
    const c: ReportConclusion = REPORT_CONCLUSIONS[outcome];
    if (c === 'NOT_COUNTED') continue;
    concluded += count;
    if (c === 'FINDING') withFinding += count;
  }
  return { concluded, withFinding, rate: concluded === 0 ? null : withFinding / concluded };
}
