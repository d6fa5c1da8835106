import { z } from 'zod';
import type { DeadlineRule } from '../calendar/deadline.ts';
import { OUTCOMES, OVERDUE_REFERRAL_REASONS, STATES } from './vocabulary.ts';

// What the domain needs to know about a case to decide what may happen next. The API persists
// `workflow` as one JSON column and copies the few list-filtered facts (state, due dates) into
// columns; this schema is the contract for that JSON.

export const ZNoticeContent = z.object({
  findings: z.string(),
  legalBasis: z.string(),
  requiredRectification: z.string(),
  deadlineWorkingDays: z.int(),
});
export type TNoticeContent = z.infer<typeof ZNoticeContent>;

export const ZIssuedNotice = ZNoticeContent.extend({
  number: z.string(),
  issuedAt: z.string(),
});
export type TIssuedNotice = z.infer<typeof ZIssuedNotice>;

export const ZDeadlineState = z.object({
  /** Bumped each time a new deadline is set, so "once per deadline" rules can tell them apart. */
  seq: z.int(),
  startAt: z.string(),
  workingDays: z.int(),
  extensions: z.array(z.object({ days: z.int(), grantedAt: z.string() })),
  dueAt: z.string(),
  dueSoonAt: z.string(),
});
export type TDeadlineState = z.infer<typeof ZDeadlineState>;

/** The calendar rule of a stored deadline (the workflow counts working days until issue 9). */
export function deadlineRuleOf(
  d: Pick<TDeadlineState, 'startAt' | 'workingDays' | 'extensions'>,
): DeadlineRule {
  return { startAt: d.startAt, basis: 'WORKING_DAYS', days: d.workingDays, extensions: d.extensions };
}

export const ZExtensionRequest = z.object({
  deadlineSeq: z.int(),
  reason: z.string(),
  extraWorkingDays: z.int(),
  requestedAt: z.string(),
  decision: z.enum(['PENDING', 'GRANTED', 'DENIED']),
});

export const ZReferral = z.object({
  by: z.enum(['SYSTEM', 'DIRECTOR']),
  reason: z.string(),
  at: z.string(),
  acceptedAt: z.string().nullable(),
});

/** 要求说明: the center's questions to the unit during the investigation, and its answer. */
export const ZExplanationRequest = z.object({
  questions: z.string(),
  deadlineWorkingDays: z.int(),
  requestedAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type TExplanationRequest = z.infer<typeof ZExplanationRequest>;

export const ZWorkflowFacts = z.object({
  draftNotice: ZNoticeContent.nullable().default(null),
  notice: ZIssuedNotice.nullable().default(null),
  deadline: ZDeadlineState.nullable().default(null),
  acknowledgedAt: z.string().nullable().default(null),
  extensionRequest: ZExtensionRequest.nullable().default(null),
  rectificationRejections: z.int().default(0),
  objections: z.int().default(0),
  referral: ZReferral.nullable().default(null),
  /** 承办人: the center's person in charge of the case (assign). */
  assigneeId: z.string().nullable().default(null),
  /** The latest 要求说明 (the unit sees the case from the first one on). */
  explanationRequest: ZExplanationRequest.nullable().default(null),
});
export type TWorkflowFacts = z.infer<typeof ZWorkflowFacts>;

export const ZCaseSnapshot = z.object({
  state: z.enum(STATES),
  outcome: z.enum(OUTCOMES).nullable(),
  version: z.int(),
  unitId: z.string(),
  /** The user who filed it (a supervisor follows their own reports). */
  createdById: z.string().nullable(),
  workflow: ZWorkflowFacts,
});
export type CaseSnapshot = z.infer<typeof ZCaseSnapshot>;

export const EMPTY_WORKFLOW: TWorkflowFacts = ZWorkflowFacts.parse({});

export const OVERDUE_REASON_SCHEMA = z.enum(OVERDUE_REFERRAL_REASONS);
