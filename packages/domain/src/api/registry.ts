import { z } from 'zod';
import { OFFICER_STATUSES, STORED_OFFICER_STATUSES } from '../registry/officer-status.ts';
import { optionalText, requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import { ZPageQuery } from './common.ts';

// 执法主体和人员库: enforcement bodies (the units, plus the registry's facts about them),
// officers with their 执法证, and the 裁量基准 library.

export const ZIsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD' });
export const ZCertificateNo = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z\u4e00-\u9fa5-]{3,40}$/, {
    error: '执法证号应为 3–40 位字母、数字或汉字 / 3–40 letters or digits',
  });
/** 执法领域, e.g. 市场监管、城市管理. */
export const ZFields = z.array(requiredText(50)).max(20);

// ── public lookup (GET /api/public/officers) ────────────────────────────────────────────
export const ZPublicOfficerQuery = z
  .object({
    certificateNo: ZCertificateNo.optional(),
    name: requiredText(TEXT_LIMITS.name).optional(),
    unitId: z.uuid().optional(),
  })
  .refine((q) => q.certificateNo !== undefined || (q.name !== undefined && q.unitId !== undefined), {
    error: '请输入执法证号，或输入姓名并选择执法主体 / give a certificate number, or a name and a body',
    path: ['certificateNo'],
  });
export type TPublicOfficerQuery = z.infer<typeof ZPublicOfficerQuery>;

/** Exactly what the public may see of an officer (api-contract): nothing else. */
export const ZPublicOfficer = z.strictObject({
  name: z.string(),
  unitName: z.string(),
  certificateNo: z.string(),
  fields: z.array(z.string()),
  validUntil: z.string(),
  status: z.enum(OFFICER_STATUSES),
});
export type TPublicOfficer = z.infer<typeof ZPublicOfficer>;
export const ZPublicOfficers = z.array(ZPublicOfficer);

// ── officers (admin) ───────────────────────────────────────────────────────────────────
const officerFields = {
  name: requiredText(TEXT_LIMITS.name),
  unitId: z.uuid({ error: '请选择执法主体 / choose a body' }),
  certificateNo: ZCertificateNo,
  fields: ZFields.default([]),
  validFrom: ZIsoDate,
  validUntil: ZIsoDate,
  idCardNo: z
    .string()
    .trim()
    .regex(/^[0-9]{17}[0-9Xx]$/, { error: '身份证号应为 18 位 / 18 characters' })
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{3,30}$/, { error: '电话号码格式不正确 / invalid phone number' })
    .optional(),
  note: optionalText(TEXT_LIMITS.short),
};
const validPeriod = {
  error: '有效期截止日不能早于起始日 / validUntil must not be before validFrom',
  path: ['validUntil'],
};
export const ZOfficerInput = z.object(officerFields).refine((o) => o.validFrom <= o.validUntil, validPeriod);
export type TOfficerInput = z.infer<typeof ZOfficerInput>;
export const ZOfficerUpdate = z
  .object(officerFields)
  .partial()
  .refine((o) => !o.validFrom || !o.validUntil || o.validFrom <= o.validUntil, validPeriod);
export type TOfficerUpdate = z.infer<typeof ZOfficerUpdate>;

export const ZOfficer = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  certificateNo: z.string(),
  fields: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string(),
  /** The administrative decision as stored; `status` adds EXPIRED when validUntil has passed. */
  storedStatus: z.enum(STORED_OFFICER_STATUSES),
  status: z.enum(OFFICER_STATUSES),
  idCardNo: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TOfficer = z.infer<typeof ZOfficer>;

export const ZOfficerListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  status: z.enum(OFFICER_STATUSES).optional(),
});
export type TOfficerListQuery = z.infer<typeof ZOfficerListQuery>;

export const ZOfficerStatusRequest = z.object({
  status: z.enum(STORED_OFFICER_STATUSES),
  reason: requiredText(TEXT_LIMITS.short),
});
export type TOfficerStatusRequest = z.infer<typeof ZOfficerStatusRequest>;

export const ZOfficerStatusChange = z.object({
  id: z.string(),
  fromStatus: z.enum(STORED_OFFICER_STATUSES).nullable(),
  toStatus: z.enum(STORED_OFFICER_STATUSES),
  reason: z.string(),
  changedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  at: z.string(),
});
export const ZOfficerHistory = z.array(ZOfficerStatusChange);

// ── bodies (执法主体) ──────────────────────────────────────────────────────────────────
export const ZRegistryBody = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** 职权依据: the laws and 三定 provisions that give the body its powers. */
  legalBasis: z.string(),
  fields: z.array(z.string()),
  officerCount: z.int(),
  updatedAt: z.string().nullable(),
});
export type TRegistryBody = z.infer<typeof ZRegistryBody>;
export const ZRegistryBodies = z.array(ZRegistryBody);
export const ZRegistryBodyUpdate = z.object({
  legalBasis: optionalText(TEXT_LIMITS.long).default(''),
  fields: ZFields,
});
export type TRegistryBodyUpdate = z.infer<typeof ZRegistryBodyUpdate>;
export const ZUnitIdParams = z.object({ unitId: z.uuid() });

// ── 裁量基准 ───────────────────────────────────────────────────────────────────────────
export const ZBenchmarkRange = z.object({
  circumstance: requiredText(TEXT_LIMITS.short),
  range: requiredText(TEXT_LIMITS.short),
});
export const ZBenchmarkInput = z.object({
  unitId: z.uuid().nullable().default(null),
  field: requiredText(50),
  violation: requiredText(TEXT_LIMITS.short),
  legalBasis: requiredText(TEXT_LIMITS.short),
  ranges: z.array(ZBenchmarkRange).min(1, { error: '至少一档裁量 / at least one range' }).max(20),
});
export type TBenchmarkInput = z.infer<typeof ZBenchmarkInput>;
export const ZBenchmark = ZBenchmarkInput.extend({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  updatedAt: z.string(),
});
export type TBenchmark = z.infer<typeof ZBenchmark>;
export const ZBenchmarkQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  field: z.string().trim().max(50).optional(),
});
export type TBenchmarkQuery = z.infer<typeof ZBenchmarkQuery>;

// ── .xlsx import ───────────────────────────────────────────────────────────────────────
export const ZRegistryImportResult = z.object({ imported: z.int() });
export type TRegistryImportResult = z.infer<typeof ZRegistryImportResult>;
