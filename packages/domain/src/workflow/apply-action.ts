import type { z } from 'zod';
import type { Actor } from './actor.ts';
import { DomainError, type FieldIssue } from './domain-error.ts';
import type { CaseSnapshot } from './snapshot.ts';
import { type ActionContext, type ActionName, type ActorKind, TRANSITIONS } from './transition-table.ts';
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
  | { ok: true; next: CaseSnapshot; event: RecordedEvent }
  | { ok: false; error: DomainError };

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.hasOwn(TRANSITIONS, name);
}

const actorKind = (actor: Actor): ActorKind => (actor.kind === 'system' ? 'SYSTEM' : actor.role);

/**
 * Why `actor` may not take `action` on this case now (role, unit, state, once-only and deadline
 * rules, in that order), or null if it may. The payload is not looked at.
 */
export function refusal(
  snap: CaseSnapshot,
  action: ActionName,
  actor: Actor,
  ctx: ActionContext,
): DomainError | null {
  const row = TRANSITIONS[action];
  if (!row.roles.includes(actorKind(actor))) {
    return new DomainError('NOT_ALLOWED_FOR_ROLE', `当前角色不能执行此操作 / your role may not ${action}`);
  }
  if (actor.kind === 'user' && isUnitRole(actor.role) && actor.unitId !== snap.unitId) {
    return new DomainError('NOT_ALLOWED_FOR_ROLE', '只能处理本单位的案件 / only your own unit’s cases');
  }
  if (!row.from.includes(snap.state)) {
    return new DomainError(
      'NOT_ALLOWED_IN_STATE',
      `案件当前状态不允许此操作 / ${action} is not allowed in ${snap.state}`,
    );
  }
  return 'guard' in row && row.guard ? row.guard(snap, actor, ctx) : null;
}

export function parsePayload<A extends ActionName>(
  action: A,
  payload: unknown,
): z.infer<(typeof TRANSITIONS)[A]['payload']> {
  const parsed = TRANSITIONS[action].payload.safeParse(payload ?? {});
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
    throw new DomainError('INVALID_PAYLOAD', '提交的内容不完整或不正确 / the payload is invalid', issues);
  }
  return parsed.data as z.infer<(typeof TRANSITIONS)[A]['payload']>;
}

/**
 * The pure transition: the next snapshot and the event to record, or the refusal. Never
 * touches I/O; the API persists the result in one transaction.
 */
export function applyAction(
  snap: CaseSnapshot,
  action: string,
  payload: unknown,
  actor: Actor,
  ctx: ActionContext,
): ActionResult {
  if (!isActionName(action)) {
    return {
      ok: false,
      error: new DomainError('UNKNOWN_ACTION', `未知操作 / unknown action "${String(action)}"`),
    };
  }
  const refused = refusal(snap, action, actor, ctx);
  if (refused) return { ok: false, error: refused };
  let data: Record<string, unknown>;
  try {
    data = parsePayload(action, payload) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: e };
    throw e;
  }
  const row = TRANSITIONS[action];
  // biome-ignore lint/suspicious/noExplicitAny: the row's payload type is erased by indexing
  const effect = 'effect' in row && row.effect ? (row.effect as any)(snap, data, ctx) : {};
  const toState = row.to ?? snap.state;
  const next: CaseSnapshot = {
    ...snap,
    state: toState,
    outcome: 'outcome' in row && row.outcome ? row.outcome : snap.outcome,
    version: snap.version + 1,
    workflow: { ...snap.workflow, ...effect.workflow },
  };
  const { attachmentIds: _ids, ...recorded } = data;
  const event: RecordedEvent = {
    action,
    fromState: snap.state,
    toState,
    actor,
    at: ctx.now.toISOString(),
    data: { ...recorded, ...effect.eventData },
  };
  return { ok: true, next, event };
}

/** The actions `actor` may take on this case now, in table order. */
export function allowedActions(
  snap: CaseSnapshot,
  actor: Actor,
  ctx: Pick<ActionContext, 'now' | 'calendar'>,
): ActionName[] {
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((a) => refusal(snap, a, actor, ctx) === null);
}
