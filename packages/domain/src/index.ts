// @sp/domain — the closed loop of 执法监督+ as data and pure functions, plus the zod schemas
// of every request and response, shared by the API and the web app.

export * from './access/scoping.ts';
export * from './admin/credit-code.ts';
export * from './admin/import-plan.ts';
export * from './admin/import-sheets.ts';
export * from './admin/password-policy.ts';
export * from './admin/user-rules.ts';
export * from './api/admin.ts';
export * from './api/auth.ts';
export * from './api/cases.ts';
export * from './api/common.ts';
export * from './api/deadline.ts';
export * from './api/directory.ts';
export * from './api/public.ts';
export * from './api/stats.ts';
export * from './calendar/index.ts';
export { en } from './copy/en.ts';
export { zhCN } from './copy/zh-CN.ts';
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
