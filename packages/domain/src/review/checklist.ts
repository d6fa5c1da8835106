import type { FieldIssue } from '../workflow/domain-error.ts';

// 评查标准: items scored in points (卷面 20 + 内容 80) and veto items (基本标准: one failed makes
// the file 不合格卷 whatever its points), grade thresholds and the reconciliation tolerance.

export type ChecklistItem = { key: string; label: string; points: number };
export type VetoItem = { key: string; label: string };
export type Checklist = { items: ChecklistItem[]; vetoItems: VetoItem[] };
export type GradeThresholds = { excellent: number; pass: number };

export const GRADES = ['EXCELLENT', 'PASS', 'FAIL'] as const;
export type Grade = (typeof GRADES)[number];

export const DEFAULT_CHECKLIST: Checklist = {
  items: [
    { key: 'presentation', label: '卷面（立卷归档、文书规范）', points: 20 },
    { key: 'content', label: '内容（程序、文书制作、自由裁量）', points: 80 },
  ],
  vetoItems: [
    { key: 'subject', label: '执法主体合法' },
    { key: 'facts', label: '事实清楚、证据确凿' },
    { key: 'legalBasis', label: '适用法律依据正确' },
  ],
};
export const DEFAULT_THRESHOLDS: GradeThresholds = { excellent: 90, pass: 60 };
export const DEFAULT_TOLERANCE = 10;

export const maxPoints = (checklist: Checklist): number =>
  checklist.items.reduce((sum, item) => sum + item.points, 0);

/** The checklist's own consistency: unique keys, thresholds within the points. */
export function checklistIssues(checklist: Checklist, thresholds: GradeThresholds): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const keys = [...checklist.items, ...checklist.vetoItems].map((i) => i.key);
  if (new Set(keys).size !== keys.length)
    issues.push({ path: 'checklist', message: '评查项目的代码不能重复 / item keys must be unique' });
  const max = maxPoints(checklist);
  if (thresholds.excellent > max || thresholds.pass > thresholds.excellent)
    issues.push({
      path: 'thresholds',
      message: `须满足 合格线 ≤ 优秀线 ≤ 满分 ${max} / pass ≤ excellent ≤ ${max}`,
    });
  return issues;
}

export type ScoreSheetInput = { scores: Record<string, number>; vetoFailed: string[] };

/** Scores outside an item's range, unknown or missing items, unknown veto items. */
export function sheetIssues(checklist: Checklist, sheet: ScoreSheetInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const item of checklist.items) {
    const score = sheet.scores[item.key];
    if (score === undefined) issues.push({ path: `scores.${item.key}`, message: '请评分 / score required' });
    else if (score < 0 || score > item.points)
      issues.push({
        path: `scores.${item.key}`,
        message: `${item.label}的得分须在 0–${item.points} 之间 / must be 0–${item.points}`,
      });
  }
  for (const key of Object.keys(sheet.scores))
    if (!checklist.items.some((i) => i.key === key))
      issues.push({ path: `scores.${key}`, message: '没有这个评查项目 / unknown item' });
  for (const key of sheet.vetoFailed)
    if (!checklist.vetoItems.some((v) => v.key === key))
      issues.push({ path: 'vetoFailed', message: `没有这个否决项目：${key} / unknown veto item` });
  return issues;
}

export const totalOf = (sheet: ScoreSheetInput): number =>
  Object.values(sheet.scores).reduce((sum, s) => sum + s, 0);

/** A failed veto item makes the file 不合格 whatever its points. */
export function gradeOf(total: number, vetoed: boolean, thresholds: GradeThresholds): Grade {
  if (vetoed) return 'FAIL';
  if (total >= thresholds.excellent) return 'EXCELLENT';
  return total >= thresholds.pass ? 'PASS' : 'FAIL';
}

export const isPassingGrade = (grade: Grade): boolean => grade !== 'FAIL';
