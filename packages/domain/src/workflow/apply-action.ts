import type { z } from 'zod';
import type { ActionContext, ActionRow, ActorKind, CitedAttachment, DerivedRow } from './action-row.ts';
import type { Actor } from './actor.ts';
import { DomainError, type FieldIssue } from './domain-error.ts';
import type { CaseSnapshot } from './snapshot.ts';
import { type ActionName, TRANSITIONS } from './transition-table.ts';
import { unitUndetermined } from './unit-undetermined.ts';
import { isUnitRole } from './vocabulary.ts';

export type RecordedEvent = {
  action: ActionName;
  fromState: CaseSnapshot['state'];
  toState: CaseSnapshot['state'];
  actor: Actor;
  at: string;
  data: Record<string, unknown>;
};

export type ActionResult =
  | { ok: true; next: CaseSnapshot; event: RecordedEvent; derived: DerivedRow[] }
  | { ok: false; error: DomainError };

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.hasOwn(TRANSITIONS, name);
}

/** A row with its payload type erased, for code that treats every action alike. */
const rowOf = (action: ActionName) => TRANSITIONS[action] as ActionRow;

const actorKind = (actor: Actor): ActorKind => (actor.kind === 'system' ? 'SYSTEM' : actor.role);

/**
 * Why `actor` may not take `action` on this case now (role, unit, state, an undetermined unit,
 * once-only and deadline rules, in that order), or null if it may. The payload is not looked at.
 */
export function refusal(
  snap: CaseSnapshot,
  action: ActionName,
  actor: Actor,
  ctx: Pick<ActionContext, 'now' | 'calendar'>,
): DomainError | null {
  const row = rowOf(action);
  if (!row.roles.includes(actorKind(actor))) return new DomainError('ROLE_NOT_ALLOWED');
  if (actor.kind === 'user' && isUnitRole(actor.role) && actor.unitId !== snap.unitId)
    return new DomainError('OTHER_UNIT');
  if (!row.from.includes(snap.state)) return new DomainError('STATE_NOT_ALLOWED');
  if (unitUndetermined(snap) && !row.withoutUnit) return new DomainError('UNIT_UNDETERMINED');
  return row.guard ? row.guard(snap, actor, ctx) : null;
}

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

export function parsePayload<A extends ActionName>(
  action: A,
  payload: unknown,
): z.infer<(typeof TRANSITIONS)[A]['payload']> {
  const parsed = TRANSITIONS[action].payload.safeParse(payload ?? {});
  if (!parsed.success) throw new DomainError('INVALID_PAYLOAD', issuesOf(parsed.error));
  return parsed.data as z.infer<(typeof TRANSITIONS)[A]['payload']>;
}

/** What the caller must look up before applyAction (inside the same transaction). */
export type ActionNeeds = {
  documentNumber: NonNullable<ActionRow['needs']>['documentNumber'] | null;
  defaultDeadline: boolean;
  officeProfile: boolean;
  /** The ids the payload cites, when the row cites files and they are well-formed. */
  attachmentIds: string[];
  /** The case's own columns, for a row that changes or compares them. */
  caseFields: boolean;
  /** The unit / user the payload names, to be looked up (null: none needed or none named). */
  unitId: string | null;
  assigneeId: string | null;
  /** The officer ids the payload names, to be looked up (empty: none needed or none named). */
  officerIds: string[];
  /** Whether the case's reporter is to be read (a public text is checked against it). */
  reporter: boolean;
  /** The other case the payload names, by id or number (null: none needed or none named). */
  targetCase: { id: string } | { number: string } | null;
};

/**
 * The outside facts a request needs, read from its row's `needs` and (for cited files) from the
 * raw payload. Nothing is decided here: applyAction refuses or validates afterwards.
 */
export function actionNeeds(action: string, payload: unknown): ActionNeeds {
  const needs = isActionName(action) ? (rowOf(action).needs ?? {}) : {};
  const body = (payload ?? {}) as {
    attachmentIds?: unknown;
    unitId?: unknown;
    assigneeId?: unknown;
    officers?: unknown;
    targetCaseId?: unknown;
    targetCaseNumber?: unknown;
  };
  const strings = (v: unknown) =>
    Array.isArray(v) ? [...new Set(v.filter((id): id is string => typeof id === 'string'))] : [];
  const ids = body.attachmentIds;
  const named = (need: true | undefined, id: unknown) => (need && typeof id === 'string' ? id : null);
  return {
    caseFields: needs.caseFields === true,
    unitId: named(needs.unit, body.unitId),
    assigneeId: named(needs.assignee, body.assigneeId),
    officerIds: needs.officers ? strings(body.officers) : [],
    reporter: needs.reporter === true,
    targetCase: targetNamed(needs.targetCase, body.targetCaseId, body.targetCaseNumber),
    documentNumber: needs.documentNumber ?? null,
    defaultDeadline: needs.defaultDeadline === true,
    officeProfile: needs.officeProfile === true,
    attachmentIds:
      needs.citedAttachments && Array.isArray(ids)
        ? [...new Set(ids.filter((id): id is string => typeof id === 'string'))]
        : [],
  };
}

/** The other case as the payload names it: the id if well-formed text, else the trimmed number. */
function targetNamed(need: true | undefined, id: unknown, number: unknown) {
  if (!need) return null;
  if (typeof id === 'string') return { id };
  if (typeof number === 'string' && number.trim() !== '') return { number: number.trim() };
  return null;
}

/** The cited files in the order cited; an id not found in the case is a payload error. */
function resolveCited(ids: string[], found: CitedAttachment[] = []): CitedAttachment[] | DomainError {
  const byId = new Map(found.map((a) => [a.id, a]));
  const missing = ids.flatMap((id, i) =>
    byId.has(id)
      ? []
      : [{ path: `attachmentIds.${i}`, message: '附件不存在或不属于本案 / unknown attachment' }],
  );
  if (missing.length > 0) return new DomainError('UNKNOWN_ATTACHMENT', missing);
  return [...new Set(ids)].map((id) => {
    const { sha256, fileName } = byId.get(id)!;
    return { id, sha256, fileName };
  });
}

/**
 * The pure transition: the next snapshot, the event to record and the rows derived from it, or
 * the refusal. Never touches I/O; the API supplies what `actionNeeds` asked for in `ctx` and
 * persists the result in one transaction.
 */
export function applyAction(
  snap: CaseSnapshot,
  action: string,
  payload: unknown,
  actor: Actor,
  ctx: ActionContext,
): ActionResult {
  if (!isActionName(action)) return { ok: false, error: new DomainError('UNKNOWN_ACTION') };
  const refused = refusal(snap, action, actor, ctx);
  if (refused) return { ok: false, error: refused };
  const row = rowOf(action);
  let data: Record<string, unknown>;
  try {
    data = parsePayload(action, payload) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: e };
    throw e;
  }
  if (row.needs?.documentNumber && !ctx.documentNumber)
    throw new Error(`${action} needs a ${row.needs.documentNumber(snap)} number in its context`);
  const { attachmentIds, ...recorded } = data;
  const cited = row.needs?.citedAttachments
    ? resolveCited((attachmentIds as string[] | undefined) ?? [], ctx.attachments)
    : null;
  if (cited instanceof DomainError) return { ok: false, error: cited };
  const checked = row.check ? row.check(snap, data, actor, ctx) : null;
  if (checked) return { ok: false, error: checked };
  const effect = row.effect ? row.effect(snap, data, ctx) : {};
  const toState = row.returnTo?.(snap) ?? row.to ?? snap.state;
  // A new unit (set_unit, amend_case) is the case's own column, and the snapshot's from now on.
  const newUnit = effect.derived?.find((d) => d.kind === 'caseFields')?.fields.unitId;
  const next: CaseSnapshot = {
    ...snap,
    unitId: newUnit ?? snap.unitId,
    state: toState,
    outcome: row.outcome ?? snap.outcome,
    version: snap.version + 1,
    workflow: { ...snap.workflow, ...effect.workflow },
  };
  const event: RecordedEvent = {
    action,
    fromState: snap.state,
    toState,
    actor,
    at: ctx.now.toISOString(),
    data: { ...recorded, ...(cited ? { attachments: cited } : {}), ...effect.eventData },
  };
  return { ok: true, next, event, derived: effect.derived ?? [] };
}

/** The actions `actor` may take on this case now, in table order. */
export function allowedActions(
  snap: CaseSnapshot,
  actor: Actor,
  ctx: Pick<ActionContext, 'now' | 'calendar'>,
): ActionName[] {
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((a) => refusal(snap, a, actor, ctx) === null);
}

/** Whether this history entry is the one that issued the notice (numbered it, started its deadline). */
export function issuesNotice(action: string): boolean {
  return isActionName(action) && rowOf(action).needs?.documentNumber !== undefined;
}
