import { canViewCase } from '../access/scoping.ts';
import type { UserActor } from '../workflow/actor.ts';
import { RECOMPUTE_ACTION } from '../workflow/recompute-deadline.ts';
import { REGISTER_ACTION } from '../workflow/register-case.ts';
import type { CaseSnapshot } from '../workflow/snapshot.ts';
import { TRANSITIONS } from '../workflow/transition-table.ts';
import { type CaseState, isUnitRole, ROLES, type Role, UNIT_ROLES } from '../workflow/vocabulary.ts';

// 待办: WHO is told of WHICH action. One entry per action name; an action without an entry
// falls back to whoever may act next in the state it moved the case to (nobody when it kept
// the state). A new action therefore only adds its entry here — or relies on the fallback.
// Whoever is named still only hears of a case they may read (canViewCase), never of their own
// action, and a notification carries no event data (nothing of the reporter).

/** A role (every active user with it) or `UNIT`: the users of the case's own unit. */
export type Audience = Role | 'UNIT';

const DIRECTOR = 'CENTER_DIRECTOR';
const STAFF = 'CENTER_STAFF';
const DISCIPLINE = 'DISCIPLINE';
const UNIT = 'UNIT';

/**
 * Who is notified of which action. Keys are action names; entries for actions that other
 * work adds later (request_explanation, propose_decision…) are harmless until they exist.
 */
export const NOTIFY_ON: Readonly<Record<string, readonly Audience[]>> = {
  // the director: approvals, extensions, objections, decisions
  draft_notice: [DIRECTOR],
  request_extension: [DIRECTOR],
  object: [DIRECTOR, STAFF],
  decline_decision: [DIRECTOR],
  issue_decision: [DIRECTOR, UNIT],
  // the unit: new notices, rejections, 催办, requests for explanation, the answers it awaits
  approve_notice: [UNIT],
  reject_rectification: [UNIT],
  remind_unit: [UNIT],
  request_explanation: [UNIT],
  grant_extension: [UNIT],
  deny_extension: [UNIT],
  uphold_objection: [UNIT],
  dismiss_objection: [UNIT],
  // discipline inspection: referrals
  refer: [DISCIPLINE],
  refer_overdue: [DISCIPLINE, DIRECTOR],
  // …and 问题线索 on officers (refer_lead)
  refer_lead: [DISCIPLINE],
  // the answer to a 处理建议: whoever proposed it
  record_officer_action_answer: [DIRECTOR],
  // records of the director's own: nobody
  propose_officer_action: [],
  issue_circular: [],
  // staff: replies to review, answers due
  submit_rectification: [STAFF],
  submit_explanation: [STAFF],
  return_draft: [STAFF],
  // nobody: the center's own steps and the unit's 签收
  start_assessment: [],
  dismiss: [],
  transfer_out: [],
  open_investigation: [],
  add_evidence: [],
  conclude_no_violation: [],
  acknowledge: [],
  accept_rectification: [UNIT],
  accept_referral: [],
  record_disposition: [DIRECTOR],
  // not actions of the table: a new case for the center's staff; a moved deadline for nobody
  [REGISTER_ACTION]: [STAFF],
  [RECOMPUTE_ACTION]: [],
};

/**
 * Whoever may move the case on from `state` (the fallback for an action without an entry). Side
 * actions that keep the state (assign, 催办, evidence…) are open in many states and would name
 * everyone; the next step of the loop is what someone must be told of.
 */
export function nextActorsIn(state: CaseState): Audience[] {
  const out = new Set<Audience>();
  for (const r of Object.values(TRANSITIONS)) {
    if (!(r.from as readonly string[]).includes(state) || r.to === null) continue;
    for (const role of r.roles as readonly string[]) {
      if (!(ROLES as readonly string[]).includes(role)) continue; // SYSTEM
      out.add(isUnitRole(role as Role) ? UNIT : (role as Role));
    }
  }
  return [...out];
}

/** Who hears of `action` that moved a case from `fromState` to `toState`. */
export function audienceOf(
  action: string,
  fromState: CaseState | null,
  toState: CaseState,
): readonly Audience[] {
  const listed = NOTIFY_ON[action];
  if (listed) return listed;
  return fromState === toState ? [] : nextActorsIn(toState);
}

/** What to look up: users with these roles, plus the unit roles of the case's unit. */
export function audienceRoles(audience: readonly Audience[]): { roles: Role[]; unit: boolean } {
  const roles = new Set<Role>();
  let unit = false;
  for (const a of audience) {
    if (a === UNIT) {
      unit = true;
      for (const r of UNIT_ROLES) roles.add(r);
    } else roles.add(a);
  }
  return { roles: [...roles], unit };
}

/**
 * Of the candidate users, those to notify: named by the audience, not the one who acted, and
 * allowed to read the case as it is after the action (a unit user only of their own unit).
 */
export function notificationRecipients(
  audience: readonly Audience[],
  after: CaseSnapshot,
  actorId: string | null,
  candidates: readonly UserActor[],
): UserActor[] {
  return candidates.filter((u) => {
    if (u.id === actorId) return false;
    const named = isUnitRole(u.role)
      ? audience.includes(UNIT) && u.unitId === after.unitId
      : audience.includes(u.role);
    return named && canViewCase(after, u);
  });
}
