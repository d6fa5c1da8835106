import type { z } from 'zod';
import { computeDueAt, computeDueSoonAt, type WorkingCalendar } from '../calendar/index.ts';
import * as P from './action-payloads.ts';
import type { Actor } from './actor.ts';
import { DomainError } from './domain-error.ts';
import { type CaseSnapshot, deadlineRuleOf, type TDeadlineState, type TWorkflowFacts } from './snapshot.ts';
import type { CaseOutcome, CaseState, Role } from './vocabulary.ts';

// The closed loop of product.md as data: one row per action. Types, allowedActions, the API's
// request schema and docs/workflow.md are all derived from this table.

export type ActorKind = Role | 'SYSTEM';

export type ActionContext = {
  now: Date;
  calendar: WorkingCalendar;
  /** Assigned by the service inside the approving transaction (rows with `needsNoticeNumber`). */
  noticeNumber?: string;
  /** Attachments cited by `attachmentIds`, resolved and checked by the service. */
  attachments?: { id: string; sha256: string; fileName: string }[];
  /** Admin policy: default rectification deadline in working days (15 unless changed). */
  defaultDeadlineWorkingDays?: number;
};

export type Effect = { workflow?: Partial<TWorkflowFacts>; eventData?: Record<string, unknown> };

type ActionRow<S extends z.ZodType> = {
  from: readonly CaseState[];
  /** `null` keeps the current state (the action records something without moving the case). */
  to: CaseState | null;
  outcome?: CaseOutcome;
  roles: readonly ActorKind[];
  payload: S;
  needsNoticeNumber?: boolean;
  /** Extra conditions beyond role and state; returns the refusal, or null. */
  guard?: (snap: CaseSnapshot, actor: Actor, ctx: ActionContext) => DomainError | null;
  effect?: (snap: CaseSnapshot, payload: z.infer<S>, ctx: ActionContext) => Effect;
};

function row<S extends z.ZodType>(r: ActionRow<S>): ActionRow<S> {
  return r;
}

const STAFF = ['CENTER_STAFF'] as const;
const DIRECTOR = ['CENTER_DIRECTOR'] as const;
const UNIT_ANY = ['UNIT_HANDLER', 'UNIT_LEADER'] as const;
const UNIT_LEADER = ['UNIT_LEADER'] as const;
const DISCIPLINE = ['DISCIPLINE'] as const;
const SYSTEM = ['SYSTEM'] as const;

export function newDeadline(snap: CaseSnapshot, ctx: ActionContext, workingDays: number): TDeadlineState {
  const stored = { startAt: ctx.now.toISOString(), workingDays, extensions: [] };
  const rule = deadlineRuleOf(stored);
  return {
    seq: (snap.workflow.deadline?.seq ?? 0) + 1,
    ...stored,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

function citedAttachments(ctx: ActionContext) {
  return (ctx.attachments ?? []).map(({ id, sha256, fileName }) => ({ id, sha256, fileName }));
}

const deadlinePassed = (snap: CaseSnapshot, now: Date) =>
  snap.workflow.deadline !== null && now.getTime() > Date.parse(snap.workflow.deadline.dueAt);

/** True while the unit's extension request for the current deadline awaits the director. */
export const pendingExtension = (snap: CaseSnapshot) => {
  const req = snap.workflow.extensionRequest;
  return req !== null && req.decision === 'PENDING' && req.deadlineSeq === snap.workflow.deadline?.seq;
};

const noPendingExtension = (snap: CaseSnapshot) =>
  pendingExtension(snap)
    ? null
    : new DomainError('RULE_VIOLATION', '没有待审批的延期申请 / no pending extension request');

/** A referred case always carries its referral; a row without one (hand-edited, say) is refused. */
const referralMissing = (snap: CaseSnapshot) =>
  snap.workflow.referral
    ? null
    : new DomainError('RULE_VIOLATION', '缺少移送记录 / the referral record is missing');

/** Doing the work implies receipt: a reply counts as 签收 if the unit never acknowledged. */
const acknowledgeIfNeeded = (snap: CaseSnapshot, ctx: ActionContext) => ({
  acknowledgedAt: snap.workflow.acknowledgedAt ?? ctx.now.toISOString(),
});

export const TRANSITIONS = {
  start_assessment: row({ from: ['RECEIVED'], to: 'ASSESSING', roles: STAFF, payload: P.ZEmptyPayload }),
  dismiss: row({
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'DISMISSED',
    roles: STAFF,
    payload: P.ZClosingPayload,
  }),
  transfer_out: row({
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'TRANSFERRED_OUT',
    roles: STAFF,
    payload: P.ZTransferOutPayload,
  }),
  open_investigation: row({
    from: ['ASSESSING'],
    to: 'INVESTIGATING',
    roles: STAFF,
    payload: P.ZEmptyPayload,
  }),
  add_evidence: row({
    from: ['INVESTIGATING', 'RECHECKING'],
    to: null,
    roles: STAFF,
    payload: P.ZEvidencePayload,
    effect: (_s, p, ctx) => ({ eventData: { note: p.note ?? null, attachments: citedAttachments(ctx) } }),
  }),
  conclude_no_violation: row({
    from: ['INVESTIGATING'],
    to: 'CLOSED',
    outcome: 'NO_VIOLATION',
    roles: STAFF,
    payload: P.ZFindingsFeedbackPayload,
  }),
  draft_notice: row({
    from: ['INVESTIGATING'],
    to: 'NOTICE_PENDING_APPROVAL',
    roles: STAFF,
    payload: P.ZDraftNoticePayload,
    effect: (_s, p, ctx) => {
      const draftNotice = {
        ...p,
        deadlineWorkingDays: p.deadlineWorkingDays ?? ctx.defaultDeadlineWorkingDays ?? 15,
      };
      return { workflow: { draftNotice }, eventData: draftNotice };
    },
  }),
  return_draft: row({
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'INVESTIGATING',
    roles: DIRECTOR,
    payload: P.ZCommentPayload,
  }),
  approve_notice: row({
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'AWAITING_REPLY',
    roles: DIRECTOR,
    payload: P.ZEmptyPayload,
    needsNoticeNumber: true,
    guard: (snap) =>
      snap.workflow.draftNotice
        ? null
        : new DomainError('RULE_VIOLATION', '没有待签发的通知书草稿 / no draft notice'),
    effect: (snap, _p, ctx) => {
      if (!ctx.noticeNumber) throw new Error('approve_notice needs ctx.noticeNumber');
      const draft = snap.workflow.draftNotice!;
      const notice = { ...draft, number: ctx.noticeNumber, issuedAt: ctx.now.toISOString() };
      const deadline = newDeadline(snap, ctx, draft.deadlineWorkingDays);
      return {
        workflow: { notice, draftNotice: null, deadline },
        eventData: { noticeNumber: notice.number, issuedAt: notice.issuedAt, dueAt: deadline.dueAt },
      };
    },
  }),
  acknowledge: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: UNIT_ANY,
    payload: P.ZEmptyPayload,
    guard: (snap) =>
      snap.workflow.acknowledgedAt ? new DomainError('ALREADY_DONE', '已签收 / already acknowledged') : null,
    effect: (_s, _p, ctx) => ({ workflow: { acknowledgedAt: ctx.now.toISOString() } }),
  }),
  submit_rectification: row({
    from: ['AWAITING_REPLY'],
    to: 'REPLY_UNDER_REVIEW',
    roles: UNIT_LEADER,
    payload: P.ZReportPayload,
    effect: (snap, p, ctx) => ({
      workflow: acknowledgeIfNeeded(snap, ctx),
      eventData: { report: p.report, attachments: citedAttachments(ctx) },
    }),
  }),
  object: row({
    from: ['AWAITING_REPLY'],
    to: 'RECHECKING',
    roles: UNIT_LEADER,
    payload: P.ZGroundsPayload,
    // One objection per notice: a dismissed objection cannot be raised again to stall the loop.
    guard: (snap) =>
      snap.workflow.objections > 0
        ? new DomainError(
            'ALREADY_DONE',
            '本通知书已提出过异议 / an objection was already raised against this notice',
          )
        : null,
    effect: (snap, p, ctx) => ({
      workflow: { ...acknowledgeIfNeeded(snap, ctx), objections: snap.workflow.objections + 1 },
      eventData: { grounds: p.grounds, attachments: citedAttachments(ctx) },
    }),
  }),
  accept_rectification: row({
    from: ['REPLY_UNDER_REVIEW'],
    to: 'CLOSED',
    outcome: 'RECTIFIED',
    roles: STAFF,
    payload: P.ZFeedbackPayload,
  }),
  reject_rectification: row({
    from: ['REPLY_UNDER_REVIEW'],
    to: 'AWAITING_REPLY',
    roles: STAFF,
    payload: P.ZNewDeadlinePayload,
    effect: (snap, p, ctx) => {
      const deadline = newDeadline(snap, ctx, p.newDeadlineWorkingDays);
      return {
        // A new deadline supersedes any request made against the old one.
        workflow: {
          deadline,
          extensionRequest: null,
          rectificationRejections: snap.workflow.rectificationRejections + 1,
        },
        eventData: { ...p, dueAt: deadline.dueAt },
      };
    },
  }),
  uphold_objection: row({
    from: ['RECHECKING'],
    to: 'CLOSED',
    outcome: 'NOTICE_WITHDRAWN',
    roles: DIRECTOR,
    payload: P.ZFindingsFeedbackPayload,
  }),
  dismiss_objection: row({
    from: ['RECHECKING'],
    to: 'AWAITING_REPLY',
    roles: STAFF,
    payload: P.ZNewDeadlinePayload,
    effect: (snap, p, ctx) => {
      const deadline = newDeadline(snap, ctx, p.newDeadlineWorkingDays);
      return { workflow: { deadline, extensionRequest: null }, eventData: { ...p, dueAt: deadline.dueAt } };
    },
  }),
  request_extension: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: UNIT_LEADER,
    payload: P.ZExtensionRequestPayload,
    guard: (snap, _a, ctx) => {
      if (snap.workflow.extensionRequest?.deadlineSeq === snap.workflow.deadline?.seq) {
        return new DomainError(
          'ALREADY_DONE',
          '本期限已申请过延期 / an extension was already requested for this deadline',
        );
      }
      if (deadlinePassed(snap, ctx.now)) {
        return new DomainError('RULE_VIOLATION', '期限已过，不能再申请延期 / the deadline has passed');
      }
      return null;
    },
    effect: (snap, p, ctx) => ({
      workflow: {
        extensionRequest: {
          deadlineSeq: snap.workflow.deadline?.seq ?? 0,
          reason: p.reason,
          extraWorkingDays: p.extraWorkingDays,
          requestedAt: ctx.now.toISOString(),
          decision: 'PENDING',
        },
      },
    }),
  }),
  grant_extension: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: DIRECTOR,
    payload: P.ZCommentPayload,
    guard: noPendingExtension,
    effect: (snap, _p, ctx) => {
      const req = snap.workflow.extensionRequest!;
      const current = snap.workflow.deadline!;
      const extensions = [
        ...current.extensions,
        { days: req.extraWorkingDays, grantedAt: ctx.now.toISOString() },
      ];
      const rule = deadlineRuleOf({ ...current, extensions });
      const deadline = {
        ...current,
        extensions,
        dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
        dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
      };
      return {
        workflow: { deadline, extensionRequest: { ...req, decision: 'GRANTED' } },
        eventData: { extraWorkingDays: req.extraWorkingDays, dueAt: deadline.dueAt },
      };
    },
  }),
  deny_extension: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: DIRECTOR,
    payload: P.ZCommentPayload,
    guard: noPendingExtension,
    effect: (snap) => ({
      workflow: { extensionRequest: { ...snap.workflow.extensionRequest!, decision: 'DENIED' } },
    }),
  }),
  refer_overdue: row({
    from: ['AWAITING_REPLY'],
    to: 'REFERRED',
    roles: SYSTEM,
    payload: P.ZOverdueReferralPayload,
    guard: (snap, _a, ctx) =>
      deadlinePassed(snap, ctx.now)
        ? null
        : new DomainError('RULE_VIOLATION', '期限未到 / the deadline has not passed'),
    effect: (snap, p, ctx) => ({
      workflow: { referral: { by: 'SYSTEM', reason: p.reason, at: ctx.now.toISOString(), acceptedAt: null } },
      eventData: { reason: p.reason, dueAt: snap.workflow.deadline?.dueAt ?? null },
    }),
  }),
  refer: row({
    from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'],
    to: 'REFERRED',
    roles: DIRECTOR,
    payload: P.ZReasonPayload,
    effect: (_s, p, ctx) => ({
      workflow: {
        referral: { by: 'DIRECTOR', reason: p.reason, at: ctx.now.toISOString(), acceptedAt: null },
      },
    }),
  }),
  accept_referral: row({
    from: ['REFERRED'],
    to: null,
    roles: DISCIPLINE,
    payload: P.ZEmptyPayload,
    guard: (snap) =>
      referralMissing(snap) ??
      (snap.workflow.referral?.acceptedAt
        ? new DomainError('ALREADY_DONE', '已签收 / already accepted')
        : null),
    effect: (snap, _p, ctx) => ({
      workflow: { referral: { ...snap.workflow.referral!, acceptedAt: ctx.now.toISOString() } },
    }),
  }),
  record_disposition: row({
    from: ['REFERRED'],
    to: 'CLOSED',
    outcome: 'DISCIPLINE_CONCLUDED',
    roles: DISCIPLINE,
    payload: P.ZDispositionPayload,
    guard: referralMissing,
    effect: (snap, _p, ctx) => {
      const referral = snap.workflow.referral!;
      return {
        workflow: { referral: { ...referral, acceptedAt: referral.acceptedAt ?? ctx.now.toISOString() } },
      };
    },
  }),
} as const;

export type ActionName = keyof typeof TRANSITIONS;
export const ACTION_NAMES = Object.keys(TRANSITIONS) as ActionName[];
export type ActionPayload<A extends ActionName> = z.input<(typeof TRANSITIONS)[A]['payload']>;

/** Actions whose payload carries a `feedback` text for whoever reported the case. */
export const FEEDBACK_ACTIONS = ACTION_NAMES.filter(
  (a) => 'feedback' in (TRANSITIONS[a].payload as z.ZodObject).shape,
);
