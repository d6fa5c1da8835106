import { z } from 'zod';
import { NOTICE_STANDINGS } from '../notices/notice-wording.ts';
import { type PeriodDates, periodProblem } from '../stats/period.ts';
import { DEADLINE_STATUSES } from '../workflow/deadline-status.ts';
import { REPLY_DRAFT_KINDS } from '../workflow/reply-draft.ts';
import { BODY_DEADLINE_KINDS } from '../workflow/snapshot.ts';
import { optionalText, requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import { ACTION_NAMES } from '../workflow/transition-table.ts';
import {
  CASE_RELATIONS,
  DEADLINE_BASES,
  INSTRUMENTS,
  OUTCOMES,
  ROLES,
  SOURCES,
  STATES,
} from '../workflow/vocabulary.ts';
import { CASE_SORTS } from './case-lists.ts';
import { ZOfficerIds } from './case-officers.ts';
import { ZIsoDateTime, ZPageQuery, ZQueryBoolean } from './common.ts';
import { ZDeadlineExplanation } from './deadline.ts';
import { ZIsoDate } from './registry.ts';

export const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/, { error: '电话号码格式不正确 / invalid phone number' });

export const ZReporterInput = z
  .object({
    name: optionalText(TEXT_LIMITS.name),
    phone: ZPhone.optional(),
    anonymous: z.boolean().optional(),
  })
  .refine((r) => r.anonymous === true || (r.name !== undefined && r.name.length > 0), {
    error: '请填写举报人姓名，或选择匿名 / give a name or choose anonymous',
    path: ['name'],
  });

export const ZCreateCaseRequest = z.object({
  source: z.enum(SOURCES),
  title: requiredText(TEXT_LIMITS.title),
  description: requiredText(TEXT_LIMITS.long),
  unitId: z.uuid({ error: '请选择被反映的执法单位 / choose a unit' }),
  reporter: ZReporterInput.optional(),
  occurredAt: ZIsoDateTime.optional(),
  /** Registry officers involved in the act (center staff and director; see registry/case-officers.ts). */
  officerIds: ZOfficerIds.optional(),
});
export type TCreateCaseRequest = z.infer<typeof ZCreateCaseRequest>;

/** A period of dates (YYYY-MM-DD, inclusive, China's days): reversed or over five years → 400. */
export const refinePeriod = (p: PeriodDates, ctx: z.RefinementCtx) => {
  const problem = periodProblem(p);
  if (problem)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message:
        problem === 'REVERSED'
          ? '结束日期早于开始日期 / the period ends before it starts'
          : '时间段不能超过 5 年 / the period may not exceed 5 years',
    });
};

/** The list's filters (also the Excel export's): without paging. */
export const ZCaseFilters = z.object({
  state: z.enum(STATES).optional(),
  unitId: z.uuid().optional(),
  /** Only the cases whose unit is still undetermined (单位待确定). */
  unitUndetermined: ZQueryBoolean.optional(),
  source: z.enum(SOURCES).optional(),
  /** Cases for which this instrument (通知书, 督办函, 意见书, 决定书) was issued. */
  instrument: z.enum(INSTRUMENTS).optional(),
  /** 承办人: only the cases this member of the center is in charge of. */
  assigneeId: z.uuid().optional(),
  overdue: ZQueryBoolean.optional(),
  /** Only cases whose unit asked for an extension that the director has not decided yet. */
  extensionPending: ZQueryBoolean.optional(),
  dueSoon: ZQueryBoolean.optional(),
  /** Several words separated by spaces: every word must match (title, number or description). */
  q: z.string().trim().max(200).optional(),
  /** Registration date from (inclusive, YYYY-MM-DD, China's day). */
  from: ZIsoDate.optional(),
  /** Registration date to (inclusive). */
  to: ZIsoDate.optional(),
});
export type TCaseFilters = z.infer<typeof ZCaseFilters>;

export const ZCaseListQuery = ZPageQuery.extend(ZCaseFilters.shape)
  .extend({
    /** newest first (default), or urgency: overdue, then due soon, then newest (case-lists.ts). */
    sort: z.enum(CASE_SORTS).optional(),
  })
  .superRefine(refinePeriod);
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;

export const ZCaseExportQuery = ZCaseFilters.superRefine(refinePeriod);

/** The words of a search: every one must match. */
export const searchWords = (q: string | undefined): string[] =>
  (q ?? '').split(/\s+/u).filter((w) => w.length > 0);

export const ZActionRequest = z.looseObject({
  action: z.enum(ACTION_NAMES),
  version: z.int().min(1),
});
export type TActionRequest = z.infer<typeof ZActionRequest> & Record<string, unknown>;

/** The period an instrument was issued with, and its due date as issued. */
export const ZNoticeDeadline = z.object({
  basis: z.enum(DEADLINE_BASES),
  days: z.int(),
  dueAt: z.string().nullable(),
});

export const ZNoticeView = z.object({
  number: z.string(),
  issuedAt: z.string(),
  /** 通知书 / 督办函 / 意见书, or the 决定书 the government issued. */
  instrument: z.enum(INSTRUMENTS),
  findings: z.string(),
  legalBasis: z.string(),
  requiredRectification: z.string(),
  /** Exactly one of the two is set (v1 clients read deadlineWorkingDays). */
  deadlineWorkingDays: z.int().nullable(),
  deadlineCalendarDays: z.int().nullable(),
  deadline: ZNoticeDeadline,
  /** In force, 已撤销 (withdrawn after an upheld objection), 已办结 (the loop closed). */
  standing: z.enum(NOTICE_STANDINGS),
});

/**
 * A notice as printed (行政执法监督通知书): the issued one, or inside the center the draft, which has
 * no number and no issue date until it is signed; addressed to its unit, with its due date.
 */
export const ZNoticeDocument = ZNoticeView.omit({ deadline: true, standing: true }).extend({
  /** Null for a draft; else whether it stands (a withdrawn or superseded one is marked). */
  standing: z.enum(NOTICE_STANDINGS).nullable(),
  number: z.string().nullable(),
  issuedAt: z.string().nullable(),
  unitName: z.string(),
  dueAt: z.string().nullable(),
});
export type TNoticeDocument = z.infer<typeof ZNoticeDocument>;

/** Every instrument issued on a case (GET /api/cases/:id/documents), oldest first. */
export const ZCaseDocument = ZNoticeView.omit({ deadline: true }).extend({
  /** The due date it was issued with (from its issuing event); null if not recorded. */
  dueAt: z.string().nullable(),
  replacedBy: z.object({ number: z.string(), instrument: z.enum(INSTRUMENTS) }).nullable(),
});
export type TCaseDocument = z.infer<typeof ZCaseDocument>;

/** A draft awaiting the director's signature carries no number yet. */
export const isDraftNotice = (notice: Pick<TNoticeDocument, 'number'>) => notice.number === null;

export const ZDeadlineView = z.object({
  startAt: z.string(),
  basis: z.enum(DEADLINE_BASES),
  days: z.int(),
  /** v1: the days when they are working days, else null. */
  workingDays: z.int().nullable(),
  extensions: z.array(z.object({ days: z.int(), grantedAt: z.string() })),
  dueAt: z.string(),
  dueSoonAt: z.string(),
  /** Whether the clock is running (the unit owes a reply); status is null when it is not. */
  active: z.boolean(),
  status: z.enum(DEADLINE_STATUSES).nullable(),
  /** 剩余 N 个工作日 (or 日, by the basis) while the clock runs; null when it does not. */
  daysLeft: z.int().nullable(),
  /** Counted through a year without its holiday arrangement: recomputed once it is entered. */
  provisional: z.boolean(),
  explanation: ZDeadlineExplanation,
});

export const ZReporterView = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  anonymous: z.boolean(),
});
export type TReporterView = z.infer<typeof ZReporterView>;

export const ZCaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  source: z.enum(SOURCES),
  state: z.enum(STATES),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Null while the unit is undetermined (单位待确定: a public report named no listed unit). */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** The unit's name as the reporter typed it when it matched no listed unit (kept once set). */
  reportedUnitName: z.string().nullable(),
  version: z.int(),
  dueAt: z.string().nullable(),
  deadlineStatus: z.enum(DEADLINE_STATUSES).nullable(),
  noticeNumber: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  referralReason: z.string().nullable(),
  referralBy: z.enum(['SYSTEM', 'DIRECTOR']).nullable(),
  referralAcceptedAt: z.string().nullable(),
  /** When the case was referred to discipline inspection (null when it was not). */
  referralAt: z.string().nullable(),
  extensionPending: z.boolean(),
  /** 承办人 (assign): the center's person in charge, or null. */
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  /** 逾期时长 of a referred case: working days from the missed due date to the referral. */
  referralOverdueWorkingDays: z.int().nullable(),
  /** In lists: the actions the caller may take now (as in the case view). */
  allowedActions: z.array(z.enum(ACTION_NAMES)).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

export const ZCase = ZCaseSummary.extend({
  description: z.string(),
  occurredAt: z.string().nullable(),
  notice: ZNoticeView.nullable(),
  draftNotice: ZNoticeView.omit({ number: true, issuedAt: true, deadline: true, standing: true })
    .extend({
      /** The due date the draft would carry if signed now (what the director's preview states). */
      dueAtIfSignedNow: z.string(),
    })
    .nullable()
    .optional(),
  /** 退回修改 (center only): the director's comment on the draft, until staff draft it again. */
  draftReturn: z.object({ comment: z.string(), at: z.string() }).nullable().optional(),
  /** The director's pending 决定书 proposal (center and government only). */
  decisionProposal: z
    .object({
      grounds: z.string(),
      requiredRectification: z.string(),
      deadlineWorkingDays: z.int().nullable(),
      deadlineCalendarDays: z.int().nullable(),
      proposedAt: z.string(),
    })
    .nullable()
    .optional(),
  /** Overdue under PROPOSE_DECISION: when the sweeper queued the case for the director. */
  decisionQueuedAt: z.string().nullable(),
  deadline: ZDeadlineView.nullable(),
  /**
   * The supervision body's own running deadline: answering the objection (OBJECTION_ANSWER) or the
   * government's decision on the proposed 决定书 (DECISION), counted with the answerPeriod; null otherwise.
   */
  bodyDeadline: z
    .object({
      kind: z.enum(BODY_DEADLINE_KINDS),
      startAt: z.string(),
      basis: z.enum(DEADLINE_BASES),
      days: z.int(),
      dueAt: z.string(),
      dueSoonAt: z.string(),
      status: z.enum(DEADLINE_STATUSES),
    })
    .nullable(),
  extensionRequest: z
    .object({
      reason: z.string(),
      extraWorkingDays: z.int(),
      requestedAt: z.string(),
      decision: z.enum(['PENDING', 'GRANTED', 'DENIED']),
    })
    .nullable(),
  referral: z
    .object({
      by: z.enum(['SYSTEM', 'DIRECTOR']),
      reason: z.string(),
      at: z.string(),
      acceptedAt: z.string().nullable(),
    })
    .nullable(),
  allowedActions: z.array(z.enum(ACTION_NAMES)),
  /** Whether the caller may add files to the case now (domain: canUploadAttachment). */
  canUploadAttachments: z.boolean(),
  reporter: ZReporterView.optional(),
  /** Only in the response that created the case: the reporter's code for the public tracking page. */
  trackingCode: z.string().optional(),
});
export type TCase = z.infer<typeof ZCase>;

export const ZEventActor = z.union([
  z.object({ id: z.string(), role: z.enum(ROLES), displayName: z.string().optional() }),
  z.object({ system: z.literal(true) }),
]);

export const ZCaseEvent = z.object({
  seq: z.int(),
  action: z.string(),
  fromState: z.enum(STATES).nullable(),
  toState: z.enum(STATES),
  actor: ZEventActor,
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type TCaseEvent = z.infer<typeof ZCaseEvent>;

export const ZReplyDraft = z.object({
  kind: z.enum(REPLY_DRAFT_KINDS),
  text: z.string().max(TEXT_LIMITS.long),
});
export type TReplyDraft = z.infer<typeof ZReplyDraft>;
export const ZReplyDraftView = ZReplyDraft.extend({ updatedAt: z.string() });

export const ZAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.int(),
  mime: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;

/**
 * Possible duplicates (issue 10): cases of the same unit registered in the last
 * SIMILAR_CASES.windowDays days whose title or description is similar (pg_trgm similarity):
 * title ≥ titleThreshold, or description ≥ descriptionThreshold; at most `limit`, best first.
 * Measured on Chinese titles of one unit: a one-character rewording (某某路段摊贩被暴力执法 /
 * 某某路段摊贩遭暴力执法) scores 0.6, a reworded title of the same matter 0.32–0.54, unrelated
 * titles of the same unit sharing only the unit's name (城管执法局…) 0.2. Descriptions are
 * longer and share boilerplate (投诉人反映…): only near copies (≥ 0.4) count.
 */
export const SIMILAR_CASES = {
  windowDays: 90,
  limit: 5,
  titleThreshold: 0.3,
  descriptionThreshold: 0.4,
} as const;

export const ZSimilarCasesQuery = z
  .object({
    unitId: z.uuid({ error: '请选择执法单位 / unitId must be a unit id' }),
    title: z.string().trim().max(TEXT_LIMITS.title).optional(),
    description: z.string().trim().max(TEXT_LIMITS.long).optional(),
    excludeId: z.uuid({ error: 'excludeId must be a case id' }).optional(),
  })
  .refine((q) => Boolean(q.title) || Boolean(q.description), {
    error: '请填写标题或反映的问题 / give a title or a description',
    path: ['title'],
  });
export type TSimilarCasesQuery = z.infer<typeof ZSimilarCasesQuery>;

export const ZSimilarCase = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(STATES),
  createdAt: z.string(),
  /** The better of the title's and the description's trigram similarity, 0–1. */
  score: z.number(),
});
export type TSimilarCase = z.infer<typeof ZSimilarCase>;

/** One link of a case as it reads from this case (GET /api/cases/:id/related). */
export const ZRelatedCase = z.object({
  relation: z.enum(CASE_RELATIONS),
  case: z.object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    state: z.enum(STATES),
    outcome: z.enum(OUTCOMES).nullable(),
  }),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TRelatedCase = z.infer<typeof ZRelatedCase>;
