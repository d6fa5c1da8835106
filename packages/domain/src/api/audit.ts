import { z } from 'zod';
import { ZIsoDate } from '../calendar/holiday-arrangement.ts';
import { ROLES } from '../workflow/vocabulary.ts';
import { ZPage, ZPageQuery } from './common.ts';

// Audit views: who read a reporter's identity (保护举报人), and one case's hash chain verified.

export const ZReporterAccessQuery = ZPageQuery.extend({
  caseNumber: z.string().trim().max(60).optional(),
  /** Part of a username or display name. */
  user: z.string().trim().max(100).optional(),
  /** China dates, both inclusive. */
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type TReporterAccessQuery = z.infer<typeof ZReporterAccessQuery>;

export const ZReporterAccessEntry = z.object({
  id: z.string(),
  at: z.string(),
  route: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  user: z
    .object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES) })
    .nullable(),
});
export type TReporterAccessEntry = z.infer<typeof ZReporterAccessEntry>;
export const ZReporterAccessPage = ZPage(ZReporterAccessEntry);

export const ZChainQuery = z.object({ caseNumber: z.string().trim().min(1).max(60) });

export const ZChainVerification = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  version: z.int(),
  eventsChecked: z.int(),
  valid: z.boolean(),
  /** The first event whose check fails, and why. */
  firstBroken: z.object({ seq: z.int(), reason: z.string() }).nullable(),
});
export type TChainVerification = z.infer<typeof ZChainVerification>;
