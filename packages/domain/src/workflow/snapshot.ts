import { z } from 'zod';
import type { DeadlineRule } from '../calendar/deadline.ts';
import {
  DEADLINE_BASES,
  type DeadlineBasis,
  INSTRUMENTS,
  OFFICER_MEASURES,
  OUTCOMES,
  OVERDUE_REFERRAL_REASONS,
  STATES,
} from './vocabulary.ts';

// What the domain needs to know about a case to decide what may happen next. The API persists
// `workflow` as one JSON column and copies the few list-filtered facts (state, due dates) into
// columns; this schema is the contract for that JSON.

/**
 * The instrument (v1 rows are 通知书) and its period as drafted: exactly one of
 * `deadlineWorkingDays` / `deadlineCalendarDays` is set (v1 rows have no calendar days).
 */
export const ZNoticeContent = z.object({
  instrument: z.enum(INSTRUMENTS).default('NOTICE'),
  findings: z.string(),
  legalBasis: z.string(),
  requiredRectification: z.string(),
  deadlineWorkingDays: z.int().nullable(),
  deadlineCalendarDays: z.int().nullable().default(null),
});
export type TNoticeContent = z.infer<typeof ZNoticeContent>;

export const ZIssuedNotice = ZNoticeContent.extend({
  number: z.string(),
  issuedAt: z.string(),
});
export type TIssuedNotice = z.infer<typeof ZIssuedNotice>;

/** A period as drafted: the days and how they are counted. */
export type TPeriodDays = { basis: DeadlineBasis; days: number };

/** The period a notice content or a proposal carries (exactly one of the two fields is set). */
export function periodOf(p: {
  deadlineWorkingDays: number | null;
  deadlineCalendarDays: number | null;
}): TPeriodDays {
  return p.deadlineCalendarDays !== null
    ? { basis: 'CALENDAR_DAYS', days: p.deadlineCalendarDays }
    : { basis: 'WORKING_DAYS', days: p.deadlineWorkingDays ?? 0 };
}

/** The two payload fields of a period (the other one null). */
export function periodFields(p: TPeriodDays) {
  return {
    deadlineWorkingDays: p.basis === 'WORKING_DAYS' ? p.days : null,
    deadlineCalendarDays: p.basis === 'CALENDAR_DAYS' ? p.days : null,
  };
}

// v1 stored `workingDays`; a stored deadline now carries its basis and days.
const legacyDeadline = (v: unknown) =>
  v && typeof v === 'object' && !('days' in v) && 'workingDays' in v
    ? { ...v, basis: 'WORKING_DAYS', days: (v as { workingDays: unknown }).workingDays }
    : v;

export const ZDeadlineState = z.preprocess(
  legacyDeadline,
  z.object({
    /** Bumped each time a new deadline is set, so "once per deadline" rules can tell them apart. */
    seq: z.int(),
    startAt: z.string(),
    basis: z.enum(DEADLINE_BASES),
    days: z.int(),
    extensions: z.array(z.object({ days: z.int(), grantedAt: z.string() })),
    dueAt: z.string(),
    dueSoonAt: z.string(),
  }),
);
export type TDeadlineState = z.infer<typeof ZDeadlineState>;

/** The calendar rule of a stored deadline. */
export function deadlineRuleOf(
  d: Pick<TDeadlineState, 'startAt' | 'basis' | 'days' | 'extensions'>,
): DeadlineRule {
  return { startAt: d.startAt, basis: d.basis, days: d.days, extensions: d.extensions };
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

/** The director's proposal of a 决定书 to the 本级人民政府 (条例 art. 29), while it is pending. */
export const ZDecisionProposal = z.object({
  grounds: z.string(),
  requiredRectification: z.string(),
  deadlineWorkingDays: z.int().nullable(),
  deadlineCalendarDays: z.int().nullable(),
  proposedAt: z.string(),
  /** Where a declined proposal returns the case. */
  returnTo: z.enum(STATES),
});
export type TDecisionProposal = z.infer<typeof ZDecisionProposal>;
/**
 * The supervision body's own deadline (product.md "Deadline basis": the supervisor is supervised):
 * answering an objection (set by `object`, ended by the director's decision on it), or the
 * government's decision on a proposed 决定书 (set by `propose_decision`, ended by issue/decline).
 * Both are counted with the office profile's answerPeriod. Shown yellow/red; never swept.
 */
export const BODY_DEADLINE_KINDS = ['OBJECTION_ANSWER', 'DECISION'] as const;
export type BodyDeadlineKind = (typeof BODY_DEADLINE_KINDS)[number];
export const ZBodyDeadline = z.object({
  kind: z.enum(BODY_DEADLINE_KINDS),
  startAt: z.string(),
  basis: z.enum(DEADLINE_BASES),
  days: z.int(),
  dueAt: z.string(),
  dueSoonAt: z.string(),
});
export type TBodyDeadline = z.infer<typeof ZBodyDeadline>;

/** 要求说明: the center's questions to the unit during the investigation, and its answer. */
export const ZExplanationRequest = z.object({
  questions: z.string(),
  deadlineWorkingDays: z.int(),
  requestedAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type TExplanationRequest = z.infer<typeof ZExplanationRequest>;

/**
 * 对执法人员的处理建议 (条例 art. 32), numbered within the case (`no` 1, 2, …), and the competent
 * organ's answer once recorded. Several may be open at once, never two naming the same officer.
 */
export const ZOfficerAction = z.object({
  no: z.int(),
  officerIds: z.array(z.string()),
  measure: z.enum(OFFICER_MEASURES),
  targetOrgan: z.string(),
  proposedAt: z.string(),
  answer: z
    .object({ accepted: z.boolean(), answeredOn: z.string(), text: z.string(), recordedAt: z.string() })
    .nullable(),
});
export type TOfficerAction = z.infer<typeof ZOfficerAction>;

export const ZWorkflowFacts = z.object({
  draftNotice: ZNoticeContent.nullable().default(null),
  /** 退回修改: the director's comment on the draft, until it is drafted again. */
  draftReturn: z.object({ comment: z.string(), at: z.string() }).nullable().default(null),
  notice: ZIssuedNotice.nullable().default(null),
  deadline: ZDeadlineState.nullable().default(null),
  acknowledgedAt: z.string().nullable().default(null),
  extensionRequest: ZExtensionRequest.nullable().default(null),
  rectificationRejections: z.int().default(0),
  objections: z.int().default(0),
  referral: ZReferral.nullable().default(null),
  decisionProposal: ZDecisionProposal.nullable().default(null),
  /** How many 决定书 proposals went to the government (it sees the cases it was asked about). */
  decisionsProposed: z.int().default(0),
  /**
   * Overdue under the PROPOSE_DECISION policy: the sweeper marked the deadline `deadlineSeq`
   * red and queued the case for the director (once per deadline).
   */
  decisionQueue: z.object({ deadlineSeq: z.int(), at: z.string() }).nullable().default(null),
  /** 承办人: the center's person in charge of the case (assign). */
  assigneeId: z.string().nullable().default(null),
  /** The latest 要求说明 (the unit sees the case from the first one on). */
  explanationRequest: ZExplanationRequest.nullable().default(null),
  /** The body's own running deadline (objection answer / government decision), or null. */
  bodyDeadline: ZBodyDeadline.nullable().default(null),
  /** 处理建议 on the officers involved, with the organs' answers. */
  officerActions: z.array(ZOfficerAction).default([]),
  /** How many 问题线索 went to the 监察机关 (discipline reads the case from the first one on). */
  leadsReferred: z.int().default(0),
});
export type TWorkflowFacts = z.infer<typeof ZWorkflowFacts>;

export const ZCaseSnapshot = z.object({
  state: z.enum(STATES),
  outcome: z.enum(OUTCOMES).nullable(),
  version: z.int(),
  /** Null while the unit is undetermined (a public report named no listed unit): set_unit sets it. */
  unitId: z.string().nullable(),
  /** The user who filed it (a supervisor follows their own reports). */
  createdById: z.string().nullable(),
  workflow: ZWorkflowFacts,
});
export type CaseSnapshot = z.infer<typeof ZCaseSnapshot>;

export const EMPTY_WORKFLOW: TWorkflowFacts = ZWorkflowFacts.parse({});

export const OVERDUE_REASON_SCHEMA = z.enum(OVERDUE_REFERRAL_REASONS);
