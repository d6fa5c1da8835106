import type { Actor } from '../workflow/actor.ts';
import type { CaseSnapshot } from '../workflow/snapshot.ts';
import { TRANSITIONS } from '../workflow/transition-table.ts';
import { REPORTER_VIEWER_ROLES, type Role, isUnitRole } from '../workflow/vocabulary.ts';

// Who sees what (product.md, "Rules that protect people"). The API asks these functions and
// turns "no" into 404, so a hidden case is indistinguishable from a missing one.

/** A description of the cases a user may list; the repository translates it into a query. */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'unit'; unitId: string }
  | { kind: 'referred' }
  | { kind: 'own'; userId: string }
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
      return { kind: 'referred' };
    case 'SUPERVISOR':
      return { kind: 'own', userId: actor.id };
    default:
      return { kind: 'none' };
  }
}

/** Unit users see a case only once a notice has been issued to their unit. */
export function canViewCase(snap: CaseSnapshot, actor: Actor): boolean {
  const scope = caseScopeFor(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return snap.unitId === scope.unitId && snap.workflow.notice !== null;
    case 'referred':
      return snap.workflow.referral !== null;
    case 'own':
      return snap.createdById === scope.userId;
    case 'none':
      return false;
  }
}

/** 保护举报人: only the center sees who reported. Every such read is logged by the API. */
export function canSeeReporter(actor: Actor): boolean {
  return actor.kind === 'user' && (REPORTER_VIEWER_ROLES as readonly Role[]).includes(actor.role);
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
  if (actor.role === 'CENTER_STAFF' || actor.role === 'CENTER_DIRECTOR' || actor.role === 'DISCIPLINE') return 'all';
  return 'none';
}

/** A unit user may keep a reply draft while the notice awaits its reply. */
export function canSaveReplyDraft(snap: CaseSnapshot, actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    isUnitRole(actor.role) &&
    actor.unitId === snap.unitId &&
    TRANSITIONS.submit_rectification.from.includes(snap.state)
  );
}
