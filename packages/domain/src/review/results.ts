import type { Grade } from './checklist.ts';
import { isFinal, type ReviewFileStatus } from './reconciliation.ts';

// 案卷评查合格率 by unit: (优秀 + 合格) ÷ files with a final result. Files still being scored or
// reconciled are counted as pending, never as passed or failed.

export type ResultRow = { unitId: string; unitName: string; status: ReviewFileStatus; grade: Grade | null };
export type Tally = {
  files: number;
  excellent: number;
  pass: number;
  fail: number;
  pending: number;
  passRate: number | null;
};

function tally(rows: ResultRow[]): Tally {
  const t = { files: rows.length, excellent: 0, pass: 0, fail: 0, pending: 0 };
  for (const r of rows) {
    if (!isFinal(r.status) || r.grade === null) t.pending++;
    else if (r.grade === 'EXCELLENT') t.excellent++;
    else if (r.grade === 'PASS') t.pass++;
    else t.fail++;
  }
  const decided = t.excellent + t.pass + t.fail;
  return { ...t, passRate: decided === 0 ? null : (t.excellent + t.pass) / decided };
}

/** Per unit (ordered by unit name) and overall. */
export function tallyReviewResults(rows: ResultRow[]) {
  const units = new Map<string, { unitName: string; rows: ResultRow[] }>();
  for (const r of rows) {
    const entry = units.get(r.unitId) ?? { unitName: r.unitName, rows: [] };
    entry.rows.push(r);
    units.set(r.unitId, entry);
  }
  const byUnit = [...units.entries()]
    .map(([unitId, u]) => ({ unitId, unitName: u.unitName, ...tally(u.rows) }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  return { byUnit, total: tally(rows) };
}

/**
 * Which files the 通报 lists under its findings: every file graded 不合格, and any file whose
 * review opened a supervision case (a finding), whatever its grade.
 */
export const isReportFinding = (file: { grade: Grade | null; findingCaseNumber: string | null }): boolean =>
  file.grade === 'FAIL' || file.findingCaseNumber !== null;
