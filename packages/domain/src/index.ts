// @sp/domain — the closed loop of 执法监督+ as data and pure functions, plus the zod schemas
// of every request and response, shared by the API and the web app.

export * from './access/registry-access.ts';
export * from './access/scoping.ts';
export * from './api/admin.ts';
export * from './api/auth.ts';
export * from './api/cases.ts';
export * from './api/common.ts';
export * from './api/deadline.ts';
export * from './api/public.ts';
export * from './api/registry.ts';
export * from './api/reviews.ts';
export * from './api/stats.ts';
export * from './calendar/index.ts';
export { en } from './copy/en.ts';
export * from './copy/registry.ts';
export { zhCN } from './copy/zh-CN.ts';
export * from './registry/officer-status.ts';
export * from './review/campaign-lifecycle.ts';
export * from './review/case-file-kinds.ts';
export * from './review/checklist.ts';
export * from './review/draw.ts';
export { createRandomStream, finalSeedOf, sha256Hex, shuffle } from './review/draw-stream.ts';
export * from './review/reconciliation.ts';
export * from './review/results.ts';
export * from './workflow/action-payloads.ts';
export * from './workflow/actor.ts';
export * from './workflow/apply-action.ts';
export * from './workflow/domain-error.ts';
export * from './workflow/overdue.ts';
export * from './workflow/public-status.ts';
export * from './workflow/recompute-deadline.ts';
export * from './workflow/register-case.ts';
export * from './workflow/snapshot.ts';
export * from './workflow/text-limits.ts';
export * from './workflow/transition-table.ts';
export * from './workflow/vocabulary.ts';
