import { z } from 'zod';
import { FIRST_LEVEL_INSTRUMENTS } from '../office/office-profile.ts';
import { requiredText, TEXT_LIMITS, ZAttachmentIds, ZWorkingDays } from './text-limits.ts';
import {
  CIRCULAR_SCOPES,
  DISMISS_REASON_CODES,
  OFFICER_MEASURES,
  OVERDUE_REFERRAL_REASONS,
  SOURCES,
} from './vocabulary.ts';

// The payload each action must carry (product.md, "must carry"), field names as in
// api-contract.md. Unknown fields are dropped, never stored.
const long = requiredText(TEXT_LIMITS.long);
const short = requiredText(TEXT_LIMITS.short);

export const ZEmptyPayload = z.object({});

export const ZAssignPayload = z.object({
  assigneeId: z.uuid({ error: '请选择承办人 / choose the person in charge' }),
});

/** amend_case: the changed particulars under the case's own names, and why (the rest left out). */
export const ZAmendCasePayload = z.object({
  unitId: z.uuid({ error: '请选择执法单位 / choose a unit' }).optional(),
  title: requiredText(TEXT_LIMITS.title).optional(),
  description: long.optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  source: z.enum(SOURCES).optional(),
  reason: long,
});

/** The other case of a merge or link: by its number (as staff read it) or its id; one of the two. */
const targetCase = {
  targetCaseNumber: requiredText(TEXT_LIMITS.name).optional(),
  targetCaseId: z.uuid({ error: '案件 ID 格式不正确 / targetCaseId must be a case id' }).optional(),
};
const oneTarget = [
  (p: { targetCaseNumber?: string; targetCaseId?: string }) =>
    p.targetCaseNumber !== undefined || p.targetCaseId !== undefined,
  {
    error: '请填写要合并或关联的案件编号 / give the other case by targetCaseNumber or targetCaseId',
    path: ['targetCaseNumber'],
  },
] as [
  (p: { targetCaseNumber?: string; targetCaseId?: string }) => boolean,
  { error: string; path: string[] },
];
/** merge (合并办理): into which case, and why (optional). */
export const ZMergePayload = z.object({ ...targetCase, reason: long.optional() }).refine(...oneTarget);
/** link_related (关联案件): which case, and a note (optional). */
export const ZLinkRelatedPayload = z.object({ ...targetCase, note: long.optional() }).refine(...oneTarget);
/** 确定被投诉单位: the unit a public report named only by a typed name (单位待确定). */
export const ZSetUnitPayload = z.object({
  unitId: z.uuid({ error: '请选择执法单位 / choose a unit' }),
  note: requiredText(TEXT_LIMITS.long).optional(),
});

export const ZDismissPayload = z.object({
  reasonCode: z.enum(DISMISS_REASON_CODES),
  reason: long,
  feedback: long,
});
export const ZTransferOutPayload = z.object({
  targetOrgan: requiredText(TEXT_LIMITS.name),
  reason: long,
  feedback: long,
});
export const ZEvidencePayload = z
  .object({ note: requiredText(TEXT_LIMITS.long).optional(), attachmentIds: ZAttachmentIds })
  .refine((p) => p.note !== undefined || p.attachmentIds.length > 0, {
    error: '请填写说明或附上材料 / give a note or attach files',
    path: ['note'],
  });
export const ZExplanationRequestPayload = z.object({ questions: long, deadlineWorkingDays: ZWorkingDays });
export const ZExplanationPayload = z.object({ explanation: long, attachmentIds: ZAttachmentIds });
/** 约谈: when it was held, who attended, the minutes, and files (a signed record, photos). */
export const ZSummonPayload = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  attendees: short,
  minutes: long,
  attachmentIds: ZAttachmentIds,
});
export const ZCorrectionPayload = z.object({ correction: long, feedback: long });
export const ZFindingsFeedbackPayload = z.object({ findings: long, feedback: long });
/** A period in calendar days (民法典 arts. 201, 203). */
export const ZPeriodCalendarDays = z.int().min(1).max(90);
/** At most one of the two period fields (neither: the instrument's default). */
const period = {
  deadlineWorkingDays: ZWorkingDays.optional(),
  deadlineCalendarDays: ZPeriodCalendarDays.optional(),
};
const onePeriod = [
  (p: { deadlineWorkingDays?: number; deadlineCalendarDays?: number }) =>
    p.deadlineWorkingDays === undefined || p.deadlineCalendarDays === undefined,
  {
    error: '工作日和自然日期限只能填一种 / give the deadline in working days or in calendar days, not both',
    path: ['deadlineCalendarDays'],
  },
] as [
  (p: { deadlineWorkingDays?: number; deadlineCalendarDays?: number }) => boolean,
  { error: string; path: string[] },
];

export const ZDraftNoticePayload = z
  .object({
    instrument: z.enum(FIRST_LEVEL_INSTRUMENTS).default('NOTICE'),
    findings: long,
    legalBasis: long,
    requiredRectification: long,
    ...period,
  })
  .refine(...onePeriod);
export const ZProposeDecisionPayload = z
  .object({ grounds: long, requiredRectification: long, ...period })
  .refine(...onePeriod);
export const ZOptionalCommentPayload = z.object({ comment: requiredText(TEXT_LIMITS.short).optional() });
export const ZReasonsPayload = z.object({ reasons: long });
export const ZCommentPayload = z.object({ comment: short });
export const ZReportPayload = z.object({ report: long, attachmentIds: ZAttachmentIds });
export const ZGroundsPayload = z.object({ grounds: long, attachmentIds: ZAttachmentIds });
export const ZFeedbackPayload = z.object({ feedback: long });
export const ZNewDeadlinePayload = z.object({ reasons: long, newDeadlineWorkingDays: ZWorkingDays });
export const ZExtensionRequestPayload = z.object({
  reason: long,
  extraWorkingDays: z.int().min(1).max(30),
});
export const ZOverdueReferralPayload = z.object({ reason: z.enum(OVERDUE_REFERRAL_REASONS) });
export const ZReasonPayload = z.object({ reason: long });
export const ZDispositionPayload = z.object({ disposition: short, decision: long, feedback: long });

/** Registry officers named by id (执法人员库), each once. */
const ZOfficerIds = z
  .array(z.uuid({ error: '请从执法人员库中选择 / choose officers from the registry' }))
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, { error: '同一人员只能选一次 / each officer once' });

/** 处理建议 (条例 art. 32): on whom, which measure, to which competent organ. */
export const ZProposeOfficerActionPayload = z.object({
  officers: ZOfficerIds.min(1, { error: '至少选择一名执法人员 / choose at least one officer' }),
  measure: z.enum(OFFICER_MEASURES),
  targetOrgan: requiredText(TEXT_LIMITS.name),
});
/** The competent organ's answer to the oldest open proposal: accepted or not, on which day, what it said. */
export const OFFICER_ACTION_RESULTS = ['ACCEPTED', 'NOT_ACCEPTED'] as const;
export const ZOfficerActionAnswerPayload = z.object({
  result: z.enum(OFFICER_ACTION_RESULTS),
  answeredOn: z.iso.date({ error: '请填写答复日期（YYYY-MM-DD） / answeredOn: YYYY-MM-DD' }),
  text: long,
});
/** 问题线索 (条例 art. 33) on officers named from the registry and/or by name, to the 监察机关. */
export const ZReferLeadPayload = z
  .object({
    officers: ZOfficerIds.default([]),
    officerNames: requiredText(TEXT_LIMITS.name).optional(),
    targetOrgan: requiredText(TEXT_LIMITS.name),
    text: long,
  })
  .refine((p) => p.officers.length > 0 || p.officerNames !== undefined, {
    error: '请选择或填写涉及的人员 / name at least one officer',
    path: ['officerNames'],
  });
/** 通报 (条例 art. 31): internal, or public on the 曝光台 (anonymized). */
export const ZCircularPayload = z.object({ scope: z.enum(CIRCULAR_SCOPES), text: long });
