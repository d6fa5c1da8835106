import { z } from 'zod';
import { creditCodeProblem, normalizeCreditCode } from '../admin/credit-code.ts';
import { assignmentIssues } from '../admin/user-rules.ts';
import { requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import { ROLES } from '../workflow/vocabulary.ts';
import { ZIsoDateTime, ZPage, ZPageQuery, ZQueryBoolean } from './common.ts';

// Units and users as the administrator keeps them (api-contract v2, "Setting up an office").

/** 统一社会信用代码, normalized (no spaces, upper case) and checked with its check character. */
export const ZCreditCode = z
  .string()
  .max(40, { error: '统一社会信用代码应为 18 位 / must be 18 characters' })
  .transform(normalizeCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const ZUsername = z
  .string()
  .trim()
  .min(2, { error: '用户名至少 2 个字符 / at least 2 characters' })
  .max(50, { error: '用户名不能超过 50 个字符 / at most 50 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, {
    error: '用户名只能由字母、数字和 . _ - @ 组成，并以字母或数字开头 / letters, digits and . _ - @ only',
  });

/**
 * A user's work e-mail (optional), trimmed and checked by zod's e-mail rule; an
 * empty string or null clears it. Having one opts the user into the daily digest (SMTP_URL).
 */
export const ZEmail = z
  .string()
  .trim()
  .max(254, { error: '邮箱不能超过 254 个字符 / at most 254 characters' })
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email({ error: '邮箱格式不正确 / not a valid e-mail address' }).nullable());

const ZKeyword = z.string().trim().max(100).optional();

// ── units ────────────────────────────────────────────────────────────────────
export const ZAdminUnit = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  active: z.boolean(),
});
export type TAdminUnit = z.infer<typeof ZAdminUnit>;
export const ZAdminUnitPage = ZPage(ZAdminUnit);

export const ZCreateUnitRequest = z.object({
  name: requiredText(TEXT_LIMITS.name),
  creditCode: ZCreditCode.nullable().optional(),
  active: z.boolean().default(true),
});
export type TCreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;

export const ZUpdateUnitRequest = z.object({
  name: requiredText(TEXT_LIMITS.name).optional(),
  creditCode: ZCreditCode.nullable().optional(),
  active: z.boolean().optional(),
});
export type TUpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;

export const ZUnitListQuery = ZPageQuery.extend({ q: ZKeyword, active: ZQueryBoolean.optional() });
export type TUnitListQuery = z.infer<typeof ZUnitListQuery>;

/** The signed-in pickers' list: every unit, with whether it takes new cases. */
export const ZUnitOption = z.object({ id: z.string(), name: z.string(), active: z.boolean() });
export const ZUnitOptions = z.array(ZUnitOption);
export const ZUnitOptionsQuery = z.object({ active: ZQueryBoolean.optional() });

// ── users ────────────────────────────────────────────────────────────────────
export const ZAdminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: ZIsoDateTime,
});
export type TAdminUser = z.infer<typeof ZAdminUser>;
export const ZAdminUserPage = ZPage(ZAdminUser);

export const ZCreateUserRequest = z
  .object({
    username: ZUsername,
    displayName: requiredText(TEXT_LIMITS.name),
    role: z.enum(ROLES),
    unitId: z.uuid({ error: '请选择所属单位 / choose a unit' }).nullable().optional(),
    email: ZEmail.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    for (const issue of assignmentIssues({ role: body.role, unitId: body.unitId ?? null }))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

/** A partial update; the role/unit pair is judged after merging with the stored one. */
export const ZUpdateUserRequest = z.object({
  displayName: requiredText(TEXT_LIMITS.name).optional(),
  role: z.enum(ROLES).optional(),
  unitId: z.uuid({ error: '请选择所属单位 / choose a unit' }).nullable().optional(),
  email: ZEmail.nullable().optional(),
  active: z.boolean().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZUserListQuery = ZPageQuery.extend({
  q: ZKeyword,
  role: z.enum(ROLES).optional(),
  unitId: z.uuid().optional(),
  active: ZQueryBoolean.optional(),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** A new account and its one-time password, shown once and never stored in clear. */
export const ZCreatedUser = z.object({ user: ZAdminUser, initialPassword: z.string() });
export type TCreatedUser = z.infer<typeof ZCreatedUser>;
export const ZInitialPassword = z.object({ initialPassword: z.string() });

// ── one's own password ───────────────────────────────────────────────────────
/** The policy (length, not the username, not the old one) is checked by passwordPolicyIssues. */
export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, { error: '请输入当前密码 / enter your current password' }).max(200),
  newPassword: z.string().min(1, { error: '请输入新密码 / enter a new password' }).max(1000),
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

// ── import ───────────────────────────────────────────────────────────────────
/** What an import created: the units, and each user with a one-time password shown once. */
export const ZImportResult = z.object({ units: z.array(ZAdminUnit), users: z.array(ZCreatedUser) });
export type TImportResult = z.infer<typeof ZImportResult>;

/** GET /api/assignees: whom the caller may make 承办人 (the director: the center; staff: themselves). */
export const ZAssigneeOption = z.object({ id: z.string(), name: z.string() });
export const ZAssigneeOptions = z.array(ZAssigneeOption);
export type TAssigneeOption = z.infer<typeof ZAssigneeOption>;
