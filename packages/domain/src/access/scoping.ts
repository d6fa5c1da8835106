import type { Actor } from '../workflow/actor.ts';
import { issuesNotice } from '../workflow/apply-action.ts';
import { decisionIssued, explanationOpen, unitInvolved } from '../workflow/rules.ts';
import type { CaseSnapshot } from '../workflow/snapshot.ts';
import { TRANSITIONS } from '../workflow/transition-table.ts';
import {
  type CaseLinkKind,
  type CaseRelation,
  type CaseState,
  INITIAL_STATE,
  isUnitRole,
  REPORTER_VIEWER_ROLES,
  type Role,
  TERMINAL_STATE,
} from '../workflow/vocabulary.ts';

// Who sees what (product.md, "Rules that protect people"). The API asks these functions and
// turns "no" into 404, so a hidden case is indistinguishable from a missing one.

/** A description of the cases a user may list; the repository translates it into a query. */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'unit'; unitId: string }
  | { kind: 'referred-or-own'; userId: string }
  | { kind: 'own'; userId: string }
  /** The 本级人民政府: the cases it was asked to decide a 决定书 on. */
  | { kind: 'decisions' }
  | { kind: 'none' };

export function caseScopeFor(actor: Actor): CaseScope {
  if (actor.kind === 'system') return { kind: 'all' };
  switch (actor.role) {
    case 'CENTER_STAFF':
    case 'CENTER_DIRECTOR':
      return { kind: 'all' };
    case 'UNIT_HANDLER':
    case 'UNIT_LEADER':
      return actor.unitId ? { kind: 'unit', unitId: actor.unitId } : { kind: 'none' };
    case 'DISCIPLINE':
      // Referred cases, and the cases it transferred in itself (案件双移送).
      return { kind: 'referred-or-own', userId: actor.id };
    case 'SUPERVISOR':
      return { kind: 'own', userId: actor.id };
    case 'GOVERNMENT':
      return { kind: 'decisions' };
    default:
      return { kind: 'none' };
  }
}

/** Unit users see a case only once a notice has been issued to their unit, or an explanation asked of it. */
export function canViewCase(snap: CaseSnapshot, actor: Actor): boolean {
  const scope = caseScopeFor(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return snap.unitId === scope.unitId && unitInvolved(snap);
    case 'referred-or-own':
      // …and the cases whose 问题线索 went to the 监察机关 (refer_lead).
      return (
        snap.workflow.referral !== null ||
        snap.workflow.leadsReferred > 0 ||
        snap.createdById === scope.userId
      );
    case 'own':
      return snap.createdById === scope.userId;
    case 'decisions':
      return snap.workflow.decisionsProposed > 0 || decisionIssued(snap);
    case 'none':
      return false;
  }
}

/** Possible duplicates and the 合并/关联 links are the center's tools (intake, assessment). */
export function canSeeSimilarCases(actor: Actor): boolean {
  return canSeeReporter(actor);
}

/**
 * How a stored link reads from one of its two cases: the case merged into the other reads
 * MERGED_INTO, the other MERGED_FROM; a RELATED link reads the same from both.
 */
export function relationOf(kind: CaseLinkKind, fromSource: boolean): CaseRelation {
  if (kind === 'RELATED') return 'RELATED';
  return fromSource ? 'MERGED_INTO' : 'MERGED_FROM';
}

/** The links of a case `actor` may read: only those whose other case they may see themselves. */
export function visibleCaseLinks<L extends { other: CaseSnapshot }>(links: L[], actor: Actor): L[] {
  return links.filter((link) => canViewCase(link.other, actor));
}

/** 保护举报人: only the center sees who reported. Every such read is logged by the API. */
export function canSeeReporter(actor: Actor): boolean {
  return actor.kind === 'user' && mayVerifyChainRole(actor.role);
}

/**
 * Whether `viewer` may read the name of someone who acted on a case in `actorRole`. A special
 * supervisor acts only by reporting, so their name is the reporter's identity: center only.
 */
export function canSeeActorName(viewer: Actor, actorRole: Role): boolean {
  return canSeeReporter(viewer) || actorRole !== 'SUPERVISOR';
}

/** The dashboard's statistics are the center's (the same people who see every case). */
export function canSeeStatistics(actor: Actor): boolean {
  return canSeeReporter(actor);
}

/** The user whose own reports `actor` follows under 我的报送 (a special supervisor), or null. */
export function ownReportsOf(actor: Actor): string | null {
  const scope = caseScopeFor(actor);
  return scope.kind === 'own' ? scope.userId : null;
}

/** The director's 决定书 proposal: the center, and the government that decides it. */
export function canSeeDecisionProposal(actor: Actor): boolean {
  return canSeeReporter(actor) || (actor.kind === 'user' && actor.role === 'GOVERNMENT');
}

/** Internal drafts (the notice before it is signed) stay inside the center. */
export function canSeeInternalDrafts(actor: Actor): boolean {
  return canSeeReporter(actor);
}

/**
 * Which part of the history a user may read: the center and discipline everything; a unit from
 * the notice on (the investigation before it is internal); others nothing.
 */
export type HistoryScope = 'all' | 'from-notice' | 'none';
export function historyScopeFor(actor: Actor): HistoryScope {
  if (actor.kind === 'system') return 'all';
  if (isUnitRole(actor.role)) return 'from-notice';
  if (
    actor.role === 'CENTER_STAFF' ||
    actor.role === 'CENTER_DIRECTOR' ||
    actor.role === 'DISCIPLINE' ||
    actor.role === 'GOVERNMENT'
  )
    return 'all';
  return 'none';
}

/** The unit role that signs the unit's reply (主要领导签发): the one who may submit or object. */
export function signsUnitReply(role: Role): boolean {
  return (TRANSITIONS.submit_rectification.roles as readonly string[]).includes(role);
}

/** The states in which the unit writes its reply: while it may still submit one. */
export function canSaveReplyDraftIn(state: CaseState): boolean {
  return TRANSITIONS.submit_rectification.from.includes(state);
}

/** A unit user may keep a reply draft while the notice awaits its reply. */
export function canSaveReplyDraft(snap: CaseSnapshot, actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    isUnitRole(actor.role) &&
    actor.unitId === snap.unitId &&
    canSaveReplyDraftIn(snap.state)
  );
}

/** The action that brings the unit into a case before any notice (its history starts there). */
const UNIT_FIRST_ASKED = 'request_explanation';

/**
 * The part of a case's history `actor` may read (oldest first in, oldest first out), or null
 * when they may read none of it. A unit's history starts at the notice's issue.
 */
export function visibleHistory<E extends { action: string }>(events: E[], actor: Actor): E[] | null {
  const scope = historyScopeFor(actor);
  if (scope === 'none') return null;
  if (scope === 'all') return events;
  const issued = events.findIndex((e) => issuesNotice(e.action) || e.action === UNIT_FIRST_ASKED);
  return issued < 0 ? [] : events.slice(issued);
}

/** Who may add files to a case, and when: the center while it is open, a unit while it owes a reply. */
export function canUploadAttachment(snap: CaseSnapshot, actor: Actor): boolean {
  if (actor.kind !== 'user' || snap.state === TERMINAL_STATE) return false;
  if (canSeeReporter(actor)) return true;
  if (actor.role === 'SUPERVISOR') return snap.createdById === actor.id && snap.state === INITIAL_STATE;
  if (isUnitRole(actor.role))
    return canSaveReplyDraft(snap, actor) || (actor.unitId === snap.unitId && explanationOpen(snap));
  return actor.role === 'DISCIPLINE' && snap.workflow.referral !== null;
}

/** Roles that file reports as a citizen would (特邀监督员): their photos lose their location. */
export function isReporterRole(role: Role): boolean {
  return role === 'SUPERVISOR';
}

/**
 * Whether an upload by `actor` is a reporter's photo whose EXIF location is removed unless the
 * reporter chose to share it. Anonymous public uploads are reporters' too (see publicPhotoRefusal).
 */
export function stripsPhotoLocation(actor: Actor, shareLocation: boolean): boolean {
  if (shareLocation) return false;
  return actor.kind === 'system' || isReporterRole(actor.role);
}

/** A public reporter may add photos to a fresh report: this long after filing, this many. */
export const PUBLIC_PHOTO_WINDOW_MS = 60 * 60 * 1000;
export const PUBLIC_PHOTO_MAX = 5;

/** Why the public may no longer add a photo to its report (null: it may). */
export function publicPhotoRefusal(
  snap: CaseSnapshot,
  filedAt: Date,
  now: Date,
  photos: number,
): 'CLOSED' | 'TOO_MANY' | null {
  if (snap.state !== INITIAL_STATE || now.getTime() - filedAt.getTime() > PUBLIC_PHOTO_WINDOW_MS)
    return 'CLOSED';
  return photos >= PUBLIC_PHOTO_MAX ? 'TOO_MANY' : null;
}

/** What scoping needs to know about an uploaded file (uploaderRole null: the uploader is gone). */
export type AttachmentFacts = { uploadedAt: Date; uploaderRole: Role | null };

/**
 * Only the center sees every file. Others (a unit, discipline inspection) see the files they and
 * their peers outside the center added, and the center's files added strictly after the notice
 * was issued: evidence gathered before it (a complaint letter, say) may name the reporter. When
 * in doubt (same instant as the issue) the file stays hidden.
 */
export function canSeeAttachment(snap: CaseSnapshot, actor: Actor, file: AttachmentFacts): boolean {
  if (canSeeReporter(actor)) return true;
  if (historyScopeFor(actor) === 'none') return false;
  // From the unit's first involvement: the notice's issue, or an earlier 要求说明.
  const issuedAt = snap.workflow.explanationRequest?.requestedAt ?? snap.workflow.notice?.issuedAt;
  if (issuedAt === undefined) return false;
  // An uploader who no longer exists is treated as the center: hidden from outsiders.
  const role = file.uploaderRole ?? 'CENTER_STAFF';
  // A reporter's photos stay with the center: they may show who took them.
  if (isReporterRole(role)) return false;
  if (!(REPORTER_VIEWER_ROLES as readonly Role[]).includes(role)) return true;
  return file.uploadedAt.getTime() > Date.parse(issuedAt);
}

/** The administrator keeps the working-day calendar and the deadline policy. */
/** Who may verify a case's hash chain from its history (the center; the admin from the audit page). */
export function canVerifyChain(actor: Actor): boolean {
  return actor.kind === 'user' && mayVerifyChainRole(actor.role);
}

export function canAdminister(actor: Actor): boolean {
  return actor.kind === 'user' && isAdministratorRole(actor.role);
}

/** The role that runs the installation (users, units, office profile, calendar, audit). */
export function isAdministratorRole(role: Role): boolean {
  return role === 'ADMIN';
}

/** Roles that may verify a case's history from the case page. */
export function mayVerifyChainRole(role: Role): boolean {
  return (REPORTER_VIEWER_ROLES as readonly Role[]).includes(role);
}
