import {
  type Actor,
  activeBodyDeadline,
  activeDeadline,
  allowedActions,
  type CaseSnapshot,
  canSeeDecisionProposal,
  canSeeInternalDrafts,
  canUploadAttachment,
  daysLeft,
  deadlineRuleOf,
  deadlineStatus,
  draftDueAtIfSignedAt,
  explainDeadline,
  indexedFacts,
  noticeStanding,
  periodOf,
  referralOverdueWorkingDays,
  type TCase,
  type TCaseSummary,
  type WorkingCalendar,
} from '@sp/domain';
import type { CaseRow } from '../case-store/case-record.ts';

// What a caller sees of a case. Scope has already been checked; this decides the details
// (drafts stay inside the center; the reporter is added by the service, which logs the read).

type ViewContext = { now: Date; calendar: WorkingCalendar };

function deadlineStatusOf(snap: CaseSnapshot, ctx: ViewContext) {
  const d = activeDeadline(snap);
  return d ? deadlineStatus(deadlineRuleOf(d), ctx.now, ctx.calendar) : null;
}

/** The body's own running deadline (objection answer / government decision) with its light. */
function bodyDeadlineOf(snap: CaseSnapshot, ctx: ViewContext): TCase['bodyDeadline'] {
  const b = activeBodyDeadline(snap);
  if (!b) return null;
  return { ...b, status: deadlineStatus(deadlineRuleOf({ ...b, extensions: [] }), ctx.now, ctx.calendar) };
}

function proposalView(p: CaseSnapshot['workflow']['decisionProposal']) {
  if (!p) return null;
  const { returnTo: _returnTo, ...shown } = p;
  return shown;
}

export function toCaseSummary(row: CaseRow, snap: CaseSnapshot, ctx: ViewContext): TCaseSummary {
  const active = activeDeadline(snap);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    source: row.source,
    state: row.state,
    outcome: row.outcome,
    unitId: row.unitId,
    unitName: row.unit?.name ?? null,
    reportedUnitName: row.reportedUnitName,
    version: row.version,
    dueAt: active?.dueAt ?? null,
    deadlineStatus: deadlineStatusOf(snap, ctx),
    noticeNumber: snap.workflow.notice?.number ?? null,
    acknowledgedAt: snap.workflow.acknowledgedAt,
    referralReason: snap.workflow.referral?.reason ?? null,
    referralBy: snap.workflow.referral?.by ?? null,
    referralAcceptedAt: snap.workflow.referral?.acceptedAt ?? null,
    referralAt: snap.workflow.referral?.at ?? null,
    extensionPending: indexedFacts(snap).extensionPending,
    assigneeId: snap.workflow.assigneeId,
    assigneeName: row.assignee?.displayName ?? null,
    referralOverdueWorkingDays: referralOverdueWorkingDays(snap, ctx.calendar),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCaseView(row: CaseRow, snap: CaseSnapshot, actor: Actor, ctx: ViewContext): TCase {
  const w = snap.workflow;
  const deadline = w.deadline;
  const explanation = deadline ? explainDeadline(deadlineRuleOf(deadline), ctx.calendar) : null;
  const { deadlineSeq: _seq, ...extensionRequest } = w.extensionRequest ?? { deadlineSeq: 0 };
  return {
    ...toCaseSummary(row, snap, ctx),
    description: row.description,
    occurredAt: row.occurredAt?.toISOString() ?? null,
    notice: w.notice
      ? {
          ...w.notice,
          deadline: { ...periodOf(w.notice), dueAt: deadline?.dueAt ?? null },
          standing: noticeStanding(snap),
        }
      : null,
    ...(canSeeInternalDrafts(actor)
      ? {
          draftNotice: w.draftNotice
            ? {
                ...w.draftNotice,
                dueAtIfSignedNow: draftDueAtIfSignedAt(w.draftNotice, ctx.now, ctx.calendar),
              }
            : null,
          draftReturn: w.draftReturn,
        }
      : {}),
    ...(canSeeDecisionProposal(actor) ? { decisionProposal: proposalView(w.decisionProposal) } : {}),
    decisionQueuedAt: w.decisionQueue?.deadlineSeq === deadline?.seq ? (w.decisionQueue?.at ?? null) : null,
    deadline:
      deadline && explanation
        ? {
            startAt: deadline.startAt,
            basis: deadline.basis,
            days: deadline.days,
            workingDays: deadline.basis === 'WORKING_DAYS' ? deadline.days : null,
            extensions: deadline.extensions,
            dueAt: deadline.dueAt,
            dueSoonAt: deadline.dueSoonAt,
            active: activeDeadline(snap) !== null,
            status: deadlineStatusOf(snap, ctx),
            daysLeft: activeDeadline(snap)
              ? daysLeft(deadline.basis, new Date(deadline.dueAt), ctx.now, ctx.calendar)
              : null,
            provisional: explanation.provisional,
            explanation,
          }
        : null,
    bodyDeadline: bodyDeadlineOf(snap, ctx),
    extensionRequest: w.extensionRequest ? (extensionRequest as TCase['extensionRequest']) : null,
    referral: w.referral,
    allowedActions: allowedActions(snap, actor, ctx),
    canUploadAttachments: canUploadAttachment(snap, actor),
  };
}
