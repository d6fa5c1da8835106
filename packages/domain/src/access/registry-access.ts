import type { Actor } from '../workflow/actor.ts';
import type { Role } from '../workflow/vocabulary.ts';

// Who may do what in the registry (执法主体和人员库) and in 案卷评查. The API asks these; the
// public lookup needs no function: it is open and shows only the public fields.

const isUser = (actor: Actor, roles: readonly Role[]) => actor.kind === 'user' && roles.includes(actor.role);

/** The administrator keeps bodies, officers and the 裁量基准 library. */
export const canManageRegistry = (actor: Actor): boolean => isUser(actor, ['ADMIN']);

/** 裁量基准 are read by the center (the notice form cites them) and the administrator. */
export const canReadBenchmarks = (actor: Actor): boolean =>
  isUser(actor, ['ADMIN', 'CENTER_STAFF', 'CENTER_DIRECTOR']);

/** The center cites the officers involved in a case (at registration or later) — those who register. */
export const canCiteOfficers = (actor: Actor): boolean => isUser(actor, ['CENTER_STAFF', 'CENTER_DIRECTOR']);

/** The center runs 案卷评查 campaigns: scope, pool, case files, the draw, the 通报. */
export const canRunReviews = (actor: Actor): boolean => isUser(actor, ['CENTER_STAFF', 'CENTER_DIRECTOR']);

/** The campaign lead (who opened it) or the director records an agreed result. */
export const canReconcileReview = (actor: Actor, campaign: { leadId: string }): boolean =>
  actor.kind === 'user' && (actor.id === campaign.leadId || actor.role === 'CENTER_DIRECTOR');

/**
 * A reviewer who is a user scores their own sheet; an outside expert's sheet (no user) is
 * entered by the center from the paper form.
 */
export function canScoreSheet(actor: Actor, reviewer: { userId: string | null }): boolean {
  if (actor.kind !== 'user') return false;
  return reviewer.userId === null ? canRunReviews(actor) : reviewer.userId === actor.id;
}

/** A sheet is visible to its reviewer and to the center. */
export const canViewSheet = (actor: Actor, reviewer: { userId: string | null }): boolean =>
  canRunReviews(actor) || (actor.kind === 'user' && reviewer.userId === actor.id);
