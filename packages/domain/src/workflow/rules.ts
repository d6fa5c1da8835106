import { computeDueAt, computeDueSoonAt } from '../calendar/index.ts';
import { DEFAULT_OFFICE_PROFILE } from '../office/office-profile.ts';
import type { ActionContext, CaseFields } from './action-row.ts';
import type { Actor } from './actor.ts';
import { DomainError } from './domain-error.ts';
import { futureOccurredAtIssue } from './occurred-at.ts';
import type { RefusalReason } from './refusals.ts';
import {
  type BodyDeadlineKind,
  type CaseSnapshot,
  deadlineRuleOf,
  type TBodyDeadline,
  type TDeadlineState,
  type TPeriodDays,
} from './snapshot.ts';
import {
  type CaseLinkKind,
  type Instrument,
  isCenterRole,
  isTerminalState,
  type Role,
} from './vocabulary.ts';

// The small rules the transition table's guards and effects are made of.

/** product.md: "Default rectification deadline: 15 working days" unless the administrator changes it. */
export const DEFAULT_DEADLINE_WORKING_DAYS = 15;

/** A fresh deadline of `period` from now; its seq tells "once per deadline" rules apart. */
export function newDeadline(snap: CaseSnapshot, ctx: ActionContext, period: TPeriodDays): TDeadlineState {
  const stored = { startAt: ctx.now.toISOString(), ...period, extensions: [] };
  const rule = deadlineRuleOf(stored);
  return {
    seq: (snap.workflow.deadline?.seq ?? 0) + 1,
    ...stored,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

/** The body's own deadline of `kind` from now, counted with the office profile's answerPeriod. */
export function newBodyDeadline(kind: BodyDeadlineKind, ctx: ActionContext): TBodyDeadline {
  const { basis, days } = profileOf(ctx).answerPeriod;
  const rule = { startAt: ctx.now.toISOString(), basis, days, extensions: [] };
  return {
    kind,
    startAt: rule.startAt,
    basis,
    days,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

/** The same deadline with `days` more days (on its own basis) granted now. */
export function extendDeadline(current: TDeadlineState, days: number, ctx: ActionContext): TDeadlineState {
  const extensions = [...current.extensions, { days, grantedAt: ctx.now.toISOString() }];
  const rule = deadlineRuleOf({ ...current, extensions });
  return {
    ...current,
    extensions,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

export const deadlinePassed = (snap: CaseSnapshot, now: Date) =>
  snap.workflow.deadline !== null && now.getTime() > Date.parse(snap.workflow.deadline.dueAt);

/** True while the unit's extension request for the current deadline awaits the director. */
export const pendingExtension = (snap: CaseSnapshot) => {
  const req = snap.workflow.extensionRequest;
  return req !== null && req.decision === 'PENDING' && req.deadlineSeq === snap.workflow.deadline?.seq;
};

export const noPendingExtension = (snap: CaseSnapshot) =>
  pendingExtension(snap) ? null : new DomainError('NO_PENDING_EXTENSION');

/** A referred case always carries its referral; a row without one (hand-edited, say) is refused. */
export const referralMissing = (snap: CaseSnapshot) =>
  snap.workflow.referral ? null : new DomainError('REFERRAL_MISSING');

const AMENDABLE = ['unitId', 'title', 'description', 'occurredAt', 'source'] as const;
export type FieldChange = { before: string | null; after: string };

/** The particulars an amendment really changes, each with its value before and after. */
export function caseFieldChanges(amended: Partial<CaseFields>, current: CaseFields) {
  const changes: Partial<Record<keyof CaseFields, FieldChange>> = {};
  for (const field of AMENDABLE) {
    const value = amended[field];
    if (value === undefined || value === null) continue;
    const before = current[field];
    const after = field === 'occurredAt' ? new Date(value).toISOString() : value;
    const same =
      field === 'occurredAt' ? before !== null && Date.parse(before) === Date.parse(after) : before === after;
    if (!same) changes[field] = { before, after };
  }
  return changes;
}

/**
 * Why an amendment is refused: a time of the facts in the future or before year 1, a unit that does
 * not exist or is inactive (400), or nothing that differs from the case as it is (422).
 */
export function amendmentRefusal(amended: Partial<CaseFields>, ctx: ActionContext) {
  if (amended.occurredAt) {
    const future = futureOccurredAtIssue(amended.occurredAt, ctx.now);
    if (future) return new DomainError('INVALID_PAYLOAD', [future]);
    if (new Date(amended.occurredAt).getUTCFullYear() < 1)
      return new DomainError('INVALID_PAYLOAD', [
        { path: 'occurredAt', message: '发生日期不正确 / occurredAt is out of range' },
      ]);
  }
  if (amended.unitId) {
    const unknown = unitRefusal(ctx);
    if (unknown) return unknown;
  }
  if (!ctx.caseFields) throw new Error('amend_case needs the case fields in its context');
  return Object.keys(caseFieldChanges(amended, ctx.caseFields)).length === 0
    ? new DomainError('NOTHING_TO_AMEND')
    : null;
}

/** The unit the payload names does not exist or is inactive (400), or null. */
export function unitRefusal(ctx: ActionContext) {
  return ctx.unit?.active
    ? null
    : new DomainError('UNKNOWN_UNIT', [
        { path: 'unitId', message: '单位不存在或已停用 / unknown or inactive unit' },
      ]);
}

/** Whom a user may make 承办人: the director anyone of the center, staff only themselves. */
export type AssignableScope = 'center' | 'self' | 'none';
export function assignableScope(role: Role): AssignableScope {
  if (role === 'CENTER_DIRECTOR') return 'center';
  return role === 'CENTER_STAFF' ? 'self' : 'none';
}

/** Why this assignment is refused: no such active person of the center (400), or someone else by staff (403). */
export function assignmentRefusal(assigneeId: string, actor: Actor, ctx: ActionContext) {
  const found = ctx.assignee;
  if (!found?.active || !isCenterRole(found.role))
    return new DomainError('UNKNOWN_ASSIGNEE', [
      { path: 'assigneeId', message: '须为投诉中心在岗人员 / must be an active member of the center' },
    ]);
  const scope = actor.kind === 'user' ? assignableScope(actor.role) : 'none';
  if (scope !== 'center' && !(scope === 'self' && actor.kind === 'user' && actor.id === assigneeId))
    return new DomainError('ASSIGN_SELF_ONLY');
  return null;
}

/** Whether the unit has been brought into the case: a notice issued, or an explanation asked of it. */
export const unitInvolved = (snap: CaseSnapshot) =>
  snap.workflow.notice !== null || snap.workflow.explanationRequest !== null;

/** True while the unit owes an answer to the center's 要求说明. */
export const explanationOpen = (snap: CaseSnapshot) =>
  snap.workflow.explanationRequest !== null && snap.workflow.explanationRequest.answeredAt === null;

/** A request for explanation of `days` working days from now. */
export function newExplanationRequest(questions: string, days: number, ctx: ActionContext) {
  const rule = { startAt: ctx.now.toISOString(), basis: 'WORKING_DAYS' as const, days, extensions: [] };
  return {
    questions,
    deadlineWorkingDays: days,
    requestedAt: rule.startAt,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    answeredAt: null,
  };
}

/** Doing the work implies receipt: a reply counts as 签收 if the unit never acknowledged. */
export const acknowledgeIfNeeded = (snap: CaseSnapshot, ctx: ActionContext) => ({
  acknowledgedAt: snap.workflow.acknowledgedAt ?? ctx.now.toISOString(),
});

/** The office profile an action reads: the one supplied, else the defaults. */
export const profileOf = (ctx: ActionContext) => ctx.officeProfile ?? DEFAULT_OFFICE_PROFILE;

/**
 * The period of a drafted instrument: the one given, else the instrument's default from the
 * office profile (a v1 通知书 without days: the admin's working-day default).
 */
export function draftedPeriod(
  p: { deadlineWorkingDays?: number; deadlineCalendarDays?: number },
  instrument: Instrument,
  ctx: ActionContext,
): TPeriodDays {
  if (p.deadlineWorkingDays !== undefined) return { basis: 'WORKING_DAYS', days: p.deadlineWorkingDays };
  if (p.deadlineCalendarDays !== undefined) return { basis: 'CALENDAR_DAYS', days: p.deadlineCalendarDays };
  const fallback = profileOf(ctx).instruments[instrument].deadline;
  if (instrument === 'NOTICE' && fallback.basis === 'WORKING_DAYS' && !ctx.officeProfile)
    return { basis: 'WORKING_DAYS', days: ctx.defaultDeadlineWorkingDays ?? DEFAULT_DEADLINE_WORKING_DAYS };
  return { basis: fallback.basis, days: fallback.days };
}

/** An instrument the office profile switched off cannot be drafted. */
export const instrumentDisabled = (instrument: Instrument, ctx: ActionContext) =>
  profileOf(ctx).instruments[instrument].enabled ? null : new DomainError('INSTRUMENT_DISABLED');

/**
 * The objection window (office profile, counted from the current instrument's issue): an
 * objection after its last day is refused.
 */
export function objectionWindowClosed(snap: CaseSnapshot, ctx: ActionContext) {
  const issuedAt = snap.workflow.notice?.issuedAt;
  if (!issuedAt) return null;
  const window = profileOf(ctx).objectionWindow;
  const endsAt = computeDueAt({ startAt: issuedAt, ...window, extensions: [] }, ctx.calendar);
  return ctx.now.getTime() > endsAt.getTime() ? new DomainError('OBJECTION_WINDOW_CLOSED') : null;
}

/** A 决定书 is the last instrument: once one is issued, no second one is proposed. */
export const decisionIssued = (snap: CaseSnapshot) => snap.workflow.notice?.instrument === 'DECISION';

/** Under PROPOSE_DECISION the sweeper queues each overdue deadline for the director once. */
export const queuedForDecision = (snap: CaseSnapshot) =>
  snap.workflow.decisionQueue !== null &&
  snap.workflow.decisionQueue.deadlineSeq === snap.workflow.deadline?.seq;

/** Officer ids the payload names that the registry does not hold (422 UNKNOWN_OFFICER). */
export function unknownOfficers(ids: readonly string[], ctx: ActionContext): DomainError | null {
  const found = new Set((ctx.officers ?? []).map((o) => o.id));
  const missing = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `officers.${i}`, message: '执法人员库中没有该人员 / unknown officer' }],
  );
  return missing.length > 0 ? new DomainError('UNKNOWN_OFFICER', missing) : null;
}

/** The proposals still waiting for the competent organ's answer, oldest first. */
export const openOfficerActions = (snap: CaseSnapshot) =>
  snap.workflow.officerActions.filter((a) => a.answer === null);

/** A second open proposal on the same officer of this case is refused (one answer per proposal). */
export function officerActionAlreadyOpen(snap: CaseSnapshot, ids: readonly string[]): DomainError | null {
  const open = new Set(openOfficerActions(snap).flatMap((a) => a.officerIds));
  const twice = ids.flatMap((id, i) =>
    open.has(id)
      ? [
          {
            path: `officers.${i}`,
            message: '已有待答复的处理建议 / a proposal on this officer awaits its answer',
          },
        ]
      : [],
  );
  return twice.length > 0 ? new DomainError('OFFICER_ACTION_ALREADY_PROPOSED', twice) : null;
}

/** The officers named, as the registry holds them (name and 执法证号, for the history). */
export const officerNames = (ids: readonly string[], ctx: ActionContext) =>
  ids.map((id) => {
    const found = ctx.officers?.find((o) => o.id === id);
    return { id, name: found?.name ?? '', certificateNo: found?.certificateNo ?? '' };
  });

/**
 * A public 通报 never carries who reported (保护举报人): a text naming the reporter or their phone
 * is refused; other names stay as the director wrote them.
 */
export function reporterInPublicText(scope: string, text: string, ctx: ActionContext): DomainError | null {
  if (scope !== 'PUBLIC' || !ctx.reporter) return null;
  const marks = [ctx.reporter.name, ctx.reporter.phone].filter(
    (m): m is string => typeof m === 'string' && m.trim().length >= 2,
  );
  return marks.some((m) => text.includes(m.trim()))
    ? new DomainError('REPORTER_IN_PUBLIC_CIRCULAR', [
        {
          path: 'text',
          message: '公开通报不得出现举报人信息 / a public circular must not name the reporter',
        },
      ])
    : null;
}

/**
 * Why the case named by a merge or link cannot be used (null: it can). Every merge target is
 * another case, still open, of the same unit; a link target is any other case. A pair is linked
 * once: a second merge or link between the same two cases is refused.
 */
export function targetCaseRefusal(
  kind: CaseLinkKind,
  snap: CaseSnapshot,
  ctx: ActionContext,
): DomainError | null {
  const target = ctx.targetCase;
  const issue = (reason: RefusalReason, message: string) =>
    new DomainError(reason, [{ path: 'targetCaseNumber', message }]);
  if (!target) return issue('UNKNOWN_TARGET_CASE', '没有这个案件 / no such case');
  if (target.id === ctx.caseId) return issue('TARGET_IS_SELF', '不能选择本案 / choose another case');
  if (kind === 'MERGED_INTO') {
    if (isTerminalState(target.state))
      return issue('TARGET_CLOSED', '该案件已办结，不能并入 / that case is closed');
    if (target.unitId !== snap.unitId)
      return issue('TARGET_OTHER_UNIT', '只能并入同一执法单位的案件 / same unit only');
  }
  if (target.links.length > 0)
    return issue('ALREADY_LINKED', '两案已合并或关联 / the two cases are already linked');
  return null;
}
