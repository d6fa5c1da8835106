import { z } from 'zod';
import * as P from './action-payloads.ts';
import { type ActionContext, row } from './action-row.ts';
import { DomainError } from './domain-error.ts';
import {
  acknowledgeIfNeeded,
  amendmentRefusal,
  assignmentRefusal,
  caseFieldChanges,
  deadlinePassed,
  decisionIssued,
  draftedPeriod,
  explanationOpen,
  extendDeadline,
  instrumentDisabled,
  newBodyDeadline,
  newDeadline,
  newExplanationRequest,
  noPendingExtension,
  objectionWindowClosed,
  officerActionAlreadyOpen,
  officerNames,
  openOfficerActions,
  queuedForDecision,
  referralMissing,
  reporterInPublicText,
  targetCaseRefusal,
  unitRefusal,
  unknownOfficers,
} from './rules.ts';
import { periodFields, periodOf } from './snapshot.ts';
import { requiredText } from './text-limits.ts';
import { unitDisplayName, unitUndetermined } from './unit-undetermined.ts';
import type { CaseLinkKind } from './vocabulary.ts';

// The closed loop of product.md as data: one row per action (the row's shape: action-row.ts).
// Types, allowedActions, the API's request schema, the web's forms and docs/workflow.md are all
// derived from this table. Adding an action: docs/architecture.md, "Adding an action".

const STAFF = ['CENTER_STAFF'] as const;
const DIRECTOR = ['CENTER_DIRECTOR'] as const;
const UNIT_ANY = ['UNIT_HANDLER', 'UNIT_LEADER'] as const;
const UNIT_LEADER = ['UNIT_LEADER'] as const;
const DISCIPLINE = ['DISCIPLINE'] as const;
const SYSTEM = ['SYSTEM'] as const;
const GOVERNMENT = ['GOVERNMENT'] as const;
/** INVESTIGATING … CLOSED: from the investigation on, also after the case closed. */
const FROM_INVESTIGATION = [
  'INVESTIGATING',
  'NOTICE_PENDING_APPROVAL',
  'AWAITING_REPLY',
  'REPLY_UNDER_REVIEW',
  'DECISION_PENDING',
  'RECHECKING',
  'REFERRED',
  'CLOSED',
] as const;
/** Every state but CLOSED. */
const OPEN_STATES = [
  'RECEIVED',
  'ASSESSING',
  'INVESTIGATING',
  'NOTICE_PENDING_APPROVAL',
  'AWAITING_REPLY',
  'REPLY_UNDER_REVIEW',
  'DECISION_PENDING',
  'RECHECKING',
  'REFERRED',
] as const;
/** The link row of a merge or link, and the other case named in the event (number and id). */
const linkTo = (kind: CaseLinkKind, ctx: ActionContext, note: string | undefined) => {
  const target = ctx.targetCase!;
  return {
    eventData: { targetCase: { id: target.id, number: target.number } },
    derived: [{ kind: 'caseLink' as const, linkKind: kind, relatedCaseId: target.id, note: note ?? null }],
  };
};
const noProposal = (snap: { workflow: { decisionProposal: unknown } }) =>
  snap.workflow.decisionProposal ? null : new DomainError('NO_DECISION_PROPOSAL');

export const TRANSITIONS = {
  start_assessment: row({
    from: ['RECEIVED'],
    to: 'ASSESSING',
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZEmptyPayload,
  }),
  // 确定被投诉单位: a public report named a unit not in the list; the center sets it at triage.
  set_unit: row({
    from: OPEN_STATES,
    to: null,
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    withoutUnit: true,
    payload: P.ZSetUnitPayload,
    needs: { caseFields: true, unit: true },
    guard: (snap) => (unitUndetermined(snap) ? null : new DomainError('UNIT_ALREADY_DETERMINED')),
    check: (_s, _p, _a, ctx) => unitRefusal(ctx),
    effect: (_s, p, ctx) => ({
      eventData: {
        // Before: the name the reporter typed (待确定（反映人填写：XXX）); after: the unit.
        changes: {
          unitId: { before: unitDisplayName(null, ctx.caseFields!.reportedUnitName), after: p.unitId },
        },
        reportedUnitName: ctx.caseFields!.reportedUnitName,
      },
      derived: [{ kind: 'caseFields', fields: { unitId: p.unitId } }],
    }),
  }),
  // 更正登记信息: the changed particulars go to the case's columns; the history keeps before and after.
  amend_case: row({
    from: ['RECEIVED', 'ASSESSING', 'INVESTIGATING'],
    to: null,
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZAmendCasePayload,
    needs: { caseFields: true, unit: true },
    check: (_s, p, _a, ctx) => amendmentRefusal(p, ctx),
    effect: (_s, p, ctx) => {
      const changes = caseFieldChanges(p, ctx.caseFields!);
      const fields = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.after]));
      return { eventData: { changes }, derived: [{ kind: 'caseFields', fields }] };
    },
  }),
  dismiss: row({
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'DISMISSED',
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZDismissPayload,
  }),
  // 合并办理: a duplicate is closed into another open case of the same unit, which handles the
  // matter; the link row (case_links MERGED_INTO) is written in the same transaction.
  merge: row({
    from: ['RECEIVED', 'ASSESSING'],
    to: 'CLOSED',
    outcome: 'MERGED',
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    payload: P.ZMergePayload,
    needs: { targetCase: true },
    check: (snap, _p, _a, ctx) => targetCaseRefusal('MERGED_INTO', snap, ctx),
    effect: (_s, p, ctx) => linkTo('MERGED_INTO', ctx, p.reason),
  }),
  transfer_out: row({
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'TRANSFERRED_OUT',
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZTransferOutPayload,
  }),
  open_investigation: row({
    from: ['ASSESSING'],
    to: 'INVESTIGATING',
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZEmptyPayload,
  }),
  add_evidence: row({
    from: ['INVESTIGATING', 'RECHECKING'],
    to: null,
    roles: STAFF,
    withoutUnit: true,
    payload: P.ZEvidencePayload,
    needs: { citedAttachments: true },
    effect: (_s, p) => ({ eventData: { note: p.note ?? null } }),
  }),
  // 当场纠正: the unit put it right while the center looked into it; no notice is needed.
  // 要求说明: the unit is asked to explain during the investigation, and sees the case from here on.
  request_explanation: row({
    from: ['INVESTIGATING'],
    to: null,
    roles: STAFF,
    payload: P.ZExplanationRequestPayload,
    guard: (snap) => (explanationOpen(snap) ? new DomainError('EXPLANATION_ALREADY_REQUESTED') : null),
    effect: (_s, p, ctx) => {
      const explanationRequest = newExplanationRequest(p.questions, p.deadlineWorkingDays, ctx);
      return { workflow: { explanationRequest }, eventData: { dueAt: explanationRequest.dueAt } };
    },
  }),
  submit_explanation: row({
    from: ['INVESTIGATING'],
    to: null,
    roles: UNIT_LEADER,
    payload: P.ZExplanationPayload,
    needs: { citedAttachments: true },
    guard: (snap) => (explanationOpen(snap) ? null : new DomainError('NO_OPEN_EXPLANATION_REQUEST')),
    effect: (snap, _p, ctx) => ({
      workflow: {
        explanationRequest: { ...snap.workflow.explanationRequest!, answeredAt: ctx.now.toISOString() },
      },
    }),
  }),
  correct_on_spot: row({
    from: ['ASSESSING', 'INVESTIGATING'],
    to: 'CLOSED',
    outcome: 'CORRECTED_ON_SPOT',
    roles: STAFF,
    payload: P.ZCorrectionPayload,
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
    needs: { defaultDeadline: true, officeProfile: true },
    check: (_s, p, _a, ctx) => instrumentDisabled(p.instrument, ctx),
    effect: (_s, p, ctx) => {
      const { instrument, findings, legalBasis, requiredRectification } = p;
      const period = draftedPeriod(p, instrument, ctx);
      const draftNotice = {
        instrument,
        findings,
        legalBasis,
        requiredRectification,
        ...periodFields(period),
      };
      return { workflow: { draftNotice, draftReturn: null }, eventData: draftNotice };
    },
  }),
  // The draft stays (staff redraft from it) with the director's comment, shown above the form.
  return_draft: row({
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'INVESTIGATING',
    roles: DIRECTOR,
    payload: P.ZCommentPayload,
    effect: (_s, p, ctx) => ({
      workflow: { draftReturn: { comment: p.comment, at: ctx.now.toISOString() } },
    }),
  }),
  approve_notice: row({
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'AWAITING_REPLY',
    roles: DIRECTOR,
    payload: P.ZEmptyPayload,
    needs: { documentNumber: (snap) => snap.workflow.draftNotice?.instrument ?? 'NOTICE' },
    guard: (snap) => (snap.workflow.draftNotice ? null : new DomainError('NO_DRAFT_NOTICE')),
    effect: (snap, _p, ctx) => {
      const draft = snap.workflow.draftNotice!;
      const notice = { ...draft, number: ctx.documentNumber!, issuedAt: ctx.now.toISOString() };
      const deadline = newDeadline(snap, ctx, periodOf(draft));
      return {
        workflow: { notice, draftNotice: null, deadline },
        eventData: {
          instrument: notice.instrument,
          noticeNumber: notice.number,
          issuedAt: notice.issuedAt,
          dueAt: deadline.dueAt,
        },
        derived: [{ kind: 'notice', notice }],
      };
    },
  }),
  acknowledge: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: UNIT_ANY,
    payload: P.ZEmptyPayload,
    guard: (snap) => (snap.workflow.acknowledgedAt ? new DomainError('ALREADY_ACKNOWLEDGED') : null),
    effect: (_s, _p, ctx) => ({ workflow: { acknowledgedAt: ctx.now.toISOString() } }),
  }),
  submit_rectification: row({
    from: ['AWAITING_REPLY'],
    to: 'REPLY_UNDER_REVIEW',
    roles: UNIT_LEADER,
    payload: P.ZReportPayload,
    needs: { citedAttachments: true },
    effect: (snap, _p, ctx) => ({ workflow: acknowledgeIfNeeded(snap, ctx) }),
  }),
  object: row({
    from: ['AWAITING_REPLY'],
    to: 'RECHECKING',
    roles: UNIT_LEADER,
    payload: P.ZGroundsPayload,
    needs: { citedAttachments: true, officeProfile: true },
    // One objection per notice: a dismissed objection cannot be raised again to stall the loop;
    // and only within the office's objection window from the issue.
    guard: (snap, _a, ctx) =>
      snap.workflow.objections > 0
        ? new DomainError('OBJECTION_ALREADY_RAISED')
        : objectionWindowClosed(snap, ctx),
    effect: (snap, _p, ctx) => ({
      workflow: {
        ...acknowledgeIfNeeded(snap, ctx),
        objections: snap.workflow.objections + 1,
        bodyDeadline: newBodyDeadline('OBJECTION_ANSWER', ctx),
      },
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
      const deadline = newDeadline(snap, ctx, { basis: 'WORKING_DAYS', days: p.newDeadlineWorkingDays });
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
    effect: () => ({ workflow: { bodyDeadline: null } }),
  }),
  // Objections are decided by the director (product.md v2); staff prepare the re-check.
  dismiss_objection: row({
    from: ['RECHECKING'],
    to: 'AWAITING_REPLY',
    roles: DIRECTOR,
    payload: P.ZNewDeadlinePayload,
    effect: (snap, p, ctx) => {
      const deadline = newDeadline(snap, ctx, { basis: 'WORKING_DAYS', days: p.newDeadlineWorkingDays });
      return {
        workflow: { deadline, extensionRequest: null, bodyDeadline: null },
        eventData: { ...p, dueAt: deadline.dueAt },
      };
    },
  }),
  request_extension: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: UNIT_LEADER,
    payload: P.ZExtensionRequestPayload,
    guard: (snap, _a, ctx) => {
      if (snap.workflow.extensionRequest?.deadlineSeq === snap.workflow.deadline?.seq)
        return new DomainError('EXTENSION_ALREADY_REQUESTED');
      return deadlinePassed(snap, ctx.now) ? new DomainError('DEADLINE_PASSED') : null;
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
      const deadline = extendDeadline(snap.workflow.deadline!, req.extraWorkingDays, ctx);
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
  // 催办: a reminder to the unit while its reply is due; the unit reads it in its history.
  remind_unit: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    payload: z.object({ comment: requiredText(500) }),
  }),
  // 关联案件: records that another case concerns a related matter; nothing else changes.
  link_related: row({
    from: OPEN_STATES,
    to: null,
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    payload: P.ZLinkRelatedPayload,
    needs: { targetCase: true },
    check: (snap, _p, _a, ctx) => targetCaseRefusal('RELATED', snap, ctx),
    effect: (_s, p, ctx) => linkTo('RELATED', ctx, p.note),
  }),
  // 指定承办人: any open state; the director assigns anyone of the center, staff take it on themselves.
  assign: row({
    from: OPEN_STATES,
    to: null,
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    withoutUnit: true,
    payload: P.ZAssignPayload,
    needs: { assignee: true },
    check: (_s, p, actor, ctx) => assignmentRefusal(p.assigneeId, actor, ctx),
    effect: (snap, p) => ({
      workflow: { assigneeId: p.assigneeId },
      eventData: { previousAssigneeId: snap.workflow.assigneeId },
    }),
  }),
  // 约谈: the director summons the unit's leaders; recorded after it was held.
  summon: row({
    from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW', 'REFERRED'],
    to: null,
    roles: DIRECTOR,
    payload: P.ZSummonPayload,
    needs: { citedAttachments: true },
    check: (_s, p, _a, ctx) =>
      Date.parse(p.heldAt) > ctx.now.getTime()
        ? new DomainError('INVALID_PAYLOAD', [
            { path: 'heldAt', message: '约谈时间不能晚于现在 / heldAt cannot be in the future' },
          ])
        : null,
  }),
  // 处理建议 on officers (条例 art. 32), to the organ competent to decide; answered later.
  propose_officer_action: row({
    from: FROM_INVESTIGATION,
    to: null,
    roles: DIRECTOR,
    payload: P.ZProposeOfficerActionPayload,
    needs: { officers: true },
    check: (snap, p, _a, ctx) =>
      unknownOfficers(p.officers, ctx) ?? officerActionAlreadyOpen(snap, p.officers),
    effect: (snap, p, ctx) => {
      const action = {
        no: snap.workflow.officerActions.length + 1,
        officerIds: p.officers,
        measure: p.measure,
        targetOrgan: p.targetOrgan,
        proposedAt: ctx.now.toISOString(),
        answer: null,
      };
      return {
        workflow: { officerActions: [...snap.workflow.officerActions, action] },
        eventData: {
          no: action.no,
          officers: officerNames(p.officers, ctx),
          measure: p.measure,
          targetOrgan: p.targetOrgan,
        },
        derived: [{ kind: 'officerAction', action }],
      };
    },
  }),
  // The organ's answer to the oldest open proposal; an accepted measure moves the certificate
  // (registry/officer-status.ts statusAfterAnswer) in the same transaction.
  record_officer_action_answer: row({
    from: FROM_INVESTIGATION,
    to: null,
    roles: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
    payload: P.ZOfficerActionAnswerPayload,
    guard: (snap) => (openOfficerActions(snap).length > 0 ? null : new DomainError('NO_OPEN_OFFICER_ACTION')),
    effect: (snap, p, ctx) => {
      const open = openOfficerActions(snap)[0]!;
      const answer = {
        accepted: p.result === 'ACCEPTED',
        answeredOn: p.answeredOn,
        text: p.text,
        recordedAt: ctx.now.toISOString(),
      };
      const answered = { ...open, answer };
      return {
        workflow: {
          officerActions: snap.workflow.officerActions.map((a) => (a.no === open.no ? answered : a)),
        },
        eventData: { no: open.no, measure: open.measure, targetOrgan: open.targetOrgan },
        derived: [{ kind: 'officerActionAnswer', action: answered, reason: p.text }],
      };
    },
  }),
  // 问题线索 on officers' 职务违法/犯罪 to the 监察机关 (条例 art. 33); discipline reads the case from then on.
  refer_lead: row({
    from: FROM_INVESTIGATION,
    to: null,
    roles: DIRECTOR,
    payload: P.ZReferLeadPayload,
    needs: { officers: true },
    check: (_s, p, _a, ctx) => unknownOfficers(p.officers, ctx),
    effect: (snap, p, ctx) => ({
      workflow: { leadsReferred: snap.workflow.leadsReferred + 1 },
      eventData: { officers: officerNames(p.officers, ctx) },
    }),
  }),
  // 通报 (条例 art. 31): internal, or public on the 曝光台 without anything of the reporter.
  issue_circular: row({
    from: ['REFERRED', 'CLOSED'],
    to: null,
    roles: DIRECTOR,
    payload: P.ZCircularPayload,
    needs: { reporter: true },
    check: (_s, p, _a, ctx) => reporterInPublicText(p.scope, p.text, ctx),
    effect: (_s, p, ctx) => ({
      derived: [{ kind: 'circular', scope: p.scope, text: p.text, issuedAt: ctx.now.toISOString() }],
    }),
  }),
  refer_overdue: row({
    from: ['AWAITING_REPLY'],
    to: 'REFERRED',
    roles: SYSTEM,
    payload: P.ZOverdueReferralPayload,
    guard: (snap, _a, ctx) => (deadlinePassed(snap, ctx.now) ? null : new DomainError('DEADLINE_NOT_PASSED')),
    effect: (snap, p, ctx) => ({
      workflow: { referral: { by: 'SYSTEM', reason: p.reason, at: ctx.now.toISOString(), acceptedAt: null } },
      eventData: { reason: p.reason, dueAt: snap.workflow.deadline?.dueAt ?? null },
    }),
  }),
  // Overdue under the PROPOSE_DECISION policy: red, and queued for the director, once per deadline.
  mark_overdue: row({
    from: ['AWAITING_REPLY'],
    to: null,
    roles: SYSTEM,
    payload: P.ZOverdueReferralPayload,
    guard: (snap, _a, ctx) => {
      if (!deadlinePassed(snap, ctx.now)) return new DomainError('DEADLINE_NOT_PASSED');
      return queuedForDecision(snap) ? new DomainError('ALREADY_QUEUED_FOR_DECISION') : null;
    },
    effect: (snap, p, ctx) => ({
      workflow: { decisionQueue: { deadlineSeq: snap.workflow.deadline!.seq, at: ctx.now.toISOString() } },
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
  // 决定书 (条例 art. 29): proposed by the director, decided by the 本级人民政府.
  propose_decision: row({
    from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'],
    to: 'DECISION_PENDING',
    roles: DIRECTOR,
    payload: P.ZProposeDecisionPayload,
    needs: { officeProfile: true },
    guard: (snap) => (decisionIssued(snap) ? new DomainError('DECISION_ALREADY_ISSUED') : null),
    check: (_s, _p, _a, ctx) => instrumentDisabled('DECISION', ctx),
    effect: (snap, p, ctx) => {
      const period = periodFields(draftedPeriod(p, 'DECISION', ctx));
      const { grounds, requiredRectification } = p;
      return {
        workflow: {
          decisionProposal: {
            grounds,
            requiredRectification,
            ...period,
            proposedAt: ctx.now.toISOString(),
            returnTo: snap.state,
          },
          decisionsProposed: snap.workflow.decisionsProposed + 1,
          bodyDeadline: newBodyDeadline('DECISION', ctx),
        },
        eventData: period,
      };
    },
  }),
  issue_decision: row({
    from: ['DECISION_PENDING'],
    to: 'AWAITING_REPLY',
    roles: GOVERNMENT,
    payload: P.ZOptionalCommentPayload,
    needs: { documentNumber: () => 'DECISION' },
    guard: noProposal,
    effect: (snap, _p, ctx) => {
      const proposal = snap.workflow.decisionProposal!;
      const notice = {
        instrument: 'DECISION' as const,
        findings: proposal.grounds,
        legalBasis: snap.workflow.notice?.legalBasis ?? '',
        requiredRectification: proposal.requiredRectification,
        deadlineWorkingDays: proposal.deadlineWorkingDays,
        deadlineCalendarDays: proposal.deadlineCalendarDays,
        number: ctx.documentNumber!,
        issuedAt: ctx.now.toISOString(),
      };
      const deadline = newDeadline(snap, ctx, periodOf(proposal));
      return {
        // The unit signs for the 决定书 anew; requests made against the old deadline lapse.
        workflow: {
          notice,
          deadline,
          decisionProposal: null,
          acknowledgedAt: null,
          extensionRequest: null,
          bodyDeadline: null,
        },
        eventData: {
          instrument: notice.instrument,
          noticeNumber: notice.number,
          issuedAt: notice.issuedAt,
          dueAt: deadline.dueAt,
        },
        derived: [{ kind: 'notice', notice }],
      };
    },
  }),
  decline_decision: row({
    from: ['DECISION_PENDING'],
    to: 'AWAITING_REPLY',
    returnTo: (snap) => snap.workflow.decisionProposal?.returnTo ?? 'AWAITING_REPLY',
    roles: GOVERNMENT,
    payload: P.ZReasonsPayload,
    guard: noProposal,
    effect: () => ({ workflow: { decisionProposal: null, bodyDeadline: null } }),
  }),
  accept_referral: row({
    from: ['REFERRED'],
    to: null,
    roles: DISCIPLINE,
    payload: P.ZEmptyPayload,
    guard: (snap) =>
      referralMissing(snap) ??
      (snap.workflow.referral?.acceptedAt ? new DomainError('REFERRAL_ALREADY_ACCEPTED') : null),
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

/** Every payload field name of every action (each has a label in the copy modules). */
export type PayloadField = { [A in ActionName]: keyof ActionPayload<A> & string }[ActionName];
