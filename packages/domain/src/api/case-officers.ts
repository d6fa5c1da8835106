import { z } from 'zod';
import { ACT_DATE_BASES, MAX_CASE_OFFICERS, UNCERTIFIED_REASONS } from '../registry/case-officers.ts';
import { OFFICER_STATUSES } from '../registry/officer-status.ts';

/** The registry officers a case cites (at registration, or later: PUT /api/cases/:id/officers). */
export const ZOfficerIds = z
  .array(z.uuid({ error: '执法人员编号不正确 / invalid officer id' }))
  .max(MAX_CASE_OFFICERS, {
    error: `最多列明${MAX_CASE_OFFICERS}名执法人员 / at most ${MAX_CASE_OFFICERS} officers`,
  })
  .refine((ids) => new Set(ids).size === ids.length, {
    error: '执法人员重复 / an officer is listed twice',
  });

export const ZCaseOfficersUpdate = z.object({
  /** The case's current version (409 if someone changed the case since). */
  version: z.int().min(1),
  officerIds: ZOfficerIds,
});
export type TCaseOfficersUpdate = z.infer<typeof ZCaseOfficersUpdate>;

export const ZCaseOfficer = z.object({
  id: z.string(),
  name: z.string(),
  unitName: z.string(),
  certificateNo: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  /** The certificate's status today. */
  status: z.enum(OFFICER_STATUSES),
  /** Why the certificate was not valid on the act's date; null when it was. */
  uncertifiedReason: z.enum(UNCERTIFIED_REASONS).nullable(),
});
export type TCaseOfficer = z.infer<typeof ZCaseOfficer>;

/** GET /api/cases/:id/officers: the cited officers, each checked on the act's date. */
export const ZCaseOfficers = z.object({
  caseId: z.string(),
  version: z.int(),
  /** The date the certificates were checked on (YYYY-MM-DD, Asia/Shanghai), and why that date. */
  actDate: z.string(),
  actDateBasis: z.enum(ACT_DATE_BASES),
  officers: z.array(ZCaseOfficer),
  /** At least one cited officer's certificate was not valid on the act's date. */
  uncertified: z.boolean(),
});
export type TCaseOfficers = z.infer<typeof ZCaseOfficers>;

/** GET /api/registry/officers (center): officers to cite, no private fields. */
export const ZOfficerCandidateQuery = z.object({
  q: z.string().trim().max(60).optional(),
  unitId: z.uuid().optional(),
});
export type TOfficerCandidateQuery = z.infer<typeof ZOfficerCandidateQuery>;
export const ZOfficerCandidates = z.array(ZCaseOfficer.omit({ uncertifiedReason: true }));
export type TOfficerCandidate = z.infer<typeof ZOfficerCandidates>[number];
