import { z } from 'zod';
import { PUBLIC_STATUSES } from '../workflow/public-status.ts';
import { requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import { ZPhone } from './cases.ts';
import { ZIsoDateTime } from './common.ts';

export const ZPublicReportRequest = z
  .object({
    title: requiredText(TEXT_LIMITS.title),
    description: requiredText(TEXT_LIMITS.long),
    unitName: requiredText(TEXT_LIMITS.name).optional(),
    unitId: z.uuid().optional(),
    contact: z.object({ name: requiredText(TEXT_LIMITS.name), phone: ZPhone.optional() }).optional(),
    /** 发生日期 (optional): not after today in China (checked as of the server's clock). */
    occurredAt: ZIsoDateTime.optional(),
  })
  .refine((r) => r.unitId !== undefined || r.unitName !== undefined, {
    error: '请选择被投诉的执法单位 / choose the unit you are reporting',
    path: ['unitId'],
  });
export type TPublicReportRequest = z.infer<typeof ZPublicReportRequest>;

export const ZPublicReportCreated = z.object({ trackingCode: z.string() });

export const ZTrackingParams = z.object({ trackingCode: z.string().max(200) });

export const ZPublicTracking = z.object({
  /** Coarse status in Chinese: 受理中 / 调查中 / 整改中 / 已办结. */
  status: z.string(),
  statusCode: z.enum(PUBLIC_STATUSES),
  receivedAt: z.string(),
  feedback: z.array(z.object({ at: z.string(), text: z.string() })),
  /** A closed case's outcome in plain words (不予受理：该事项可申请行政复议或提起行政诉讼). */
  outcome: z.string().optional(),
  /** When it was closed with that outcome (present with `outcome`). */
  outcomeAt: z.string().optional(),
});
export type TPublicTracking = z.infer<typeof ZPublicTracking>;

export const ZPublicUnit = z.object({ id: z.string(), name: z.string() });
export const ZPublicUnits = z.array(ZPublicUnit);

/** A special supervisor's own report, as 我的报送 shows it. */
export const ZMyReport = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
  status: z.string(),
  statusCode: z.enum(PUBLIC_STATUSES),
  feedback: z.array(z.object({ at: z.string(), text: z.string() })),
});

/**
 * 曝光台: a public 通报 (issue_circular with scope PUBLIC) as anyone may read it — the unit's
 * name, the director's text, the issue date and the case number; nothing of the reporter.
 */
export const ZPublicExposure = z
  .object({
    id: z.string(),
    issuedAt: z.string(),
    unitName: z.string(),
    caseNumber: z.string(),
    text: z.string(),
  })
  .strict();
export type TPublicExposure = z.infer<typeof ZPublicExposure>;
