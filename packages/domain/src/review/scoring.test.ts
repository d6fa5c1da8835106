import { describe, expect, it } from 'vitest';
import {
  checklistIssues,
  DEFAULT_CHECKLIST,
  DEFAULT_THRESHOLDS,
  gradeOf,
  sheetIssues,
  totalOf,
} from './checklist.ts';
import { fileOutcome } from './reconciliation.ts';
import { tallyReviewResults } from './results.ts';

describe('scoring a case file', () => {
  it('accepts scores within each item and refuses out-of-range, missing or unknown items', () => {
    expect(
      sheetIssues(DEFAULT_CHECKLIST, { scores: { presentation: 18, content: 70 }, vetoFailed: [] }),
    ).toEqual([]);
    const issues = sheetIssues(DEFAULT_CHECKLIST, {
      scores: { presentation: 21, bogus: 1 },
      vetoFailed: ['nope'],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'scores.presentation',
      'scores.content',
      'scores.bogus',
      'vetoFailed',
    ]);
    expect(issues[0]!.message).toContain('0–20');
  });

  it('grades by the thresholds, and a failed veto item makes the file 不合格 whatever its points', () => {
    expect(gradeOf(95, false, DEFAULT_THRESHOLDS)).toBe('EXCELLENT');
    expect(gradeOf(90, false, DEFAULT_THRESHOLDS)).toBe('EXCELLENT');
    expect(gradeOf(89.5, false, DEFAULT_THRESHOLDS)).toBe('PASS');
    expect(gradeOf(59.5, false, DEFAULT_THRESHOLDS)).toBe('FAIL');
    expect(gradeOf(100, true, DEFAULT_THRESHOLDS)).toBe('FAIL');
    expect(totalOf({ scores: { presentation: 18.5, content: 70 }, vetoFailed: [] })).toBe(88.5);
  });

  it('checks the checklist itself', () => {
    expect(checklistIssues(DEFAULT_CHECKLIST, DEFAULT_THRESHOLDS)).toEqual([]);
    expect(checklistIssues(DEFAULT_CHECKLIST, { excellent: 101, pass: 60 })).toHaveLength(1);
    const dup = { ...DEFAULT_CHECKLIST, vetoItems: [{ key: 'content', label: 'x' }] };
    expect(checklistIssues(dup, DEFAULT_THRESHOLDS)[0]!.path).toBe('checklist');
  });
});

describe('two reviewers per file', () => {
  const t = DEFAULT_THRESHOLDS;
  it('waits for every sheet', () => {
    expect(fileOutcome([{ total: 90, vetoed: false }, null], 10, t)).toEqual({ status: 'PENDING' });
  });
  it('averages totals within the tolerance', () => {
    expect(
      fileOutcome(
        [
          { total: 92, vetoed: false },
          { total: 85, vetoed: false },
        ],
        10,
        t,
      ),
    ).toEqual({
      status: 'FINAL',
      total: 88.5,
      vetoed: false,
      grade: 'PASS',
    });
    expect(
      fileOutcome(
        [
          { total: 80, vetoed: true },
          { total: 70, vetoed: true },
        ],
        10,
        t,
      ),
    ).toMatchObject({ grade: 'FAIL' });
  });
  it('needs reconciliation beyond the tolerance or when only one vetoes', () => {
    expect(
      fileOutcome(
        [
          { total: 95, vetoed: false },
          { total: 84, vetoed: false },
        ],
        10,
        t,
      ),
    ).toEqual({
      status: 'NEEDS_RECONCILIATION',
      reason: 'SCORE_GAP',
    });
    expect(
      fileOutcome(
        [
          { total: 90, vetoed: true },
          { total: 90, vetoed: false },
        ],
        10,
        t,
      ),
    ).toEqual({
      status: 'NEEDS_RECONCILIATION',
      reason: 'VETO_DISAGREEMENT',
    });
  });
});

describe('案卷评查合格率', () => {
  it('counts final files only, by unit', () => {
    const rows = [
      { unitId: 'a', unitName: '乙局', status: 'FINAL' as const, grade: 'EXCELLENT' as const },
      { unitId: 'a', unitName: '乙局', status: 'FINAL' as const, grade: 'FAIL' as const },
      { unitId: 'a', unitName: '乙局', status: 'NEEDS_RECONCILIATION' as const, grade: null },
      { unitId: 'b', unitName: '甲局', status: 'PENDING' as const, grade: null },
    ];
    const { byUnit, total } = tallyReviewResults(rows);
    expect(byUnit.map((u) => u.unitName)).toEqual(['甲局', '乙局']);
    expect(byUnit[1]).toMatchObject({ files: 3, excellent: 1, fail: 1, pending: 1, passRate: 0.5 });
    expect(byUnit[0]!.passRate).toBeNull();
    expect(total).toMatchObject({ files: 4, pending: 2, passRate: 0.5 });
  });
});
