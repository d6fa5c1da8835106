import type { Actor } from './actor.ts';
import { DomainError } from './domain-error.ts';
import { type CaseSnapshot, EMPTY_WORKFLOW } from './snapshot.ts';
import { type CaseSource, INITIAL_STATE, type Role, SOURCES } from './vocabulary.ts';

/** The event name of a case's first history entry (not an action: there is no prior state). */
export const REGISTER_ACTION = 'register';

/** Which sources each role may register a case from. The public files through its own route. */
const SOURCES_BY_ROLE: Partial<Record<Role, 'ANY' | readonly CaseSource[]>> = {
  CENTER_STAFF: 'ANY',
  CENTER_DIRECTOR: 'ANY',
  DISCIPLINE: ['TRANSFER_IN'],
  SUPERVISOR: ['SUPERVISOR'],
};

export function registrationRefusal(actor: Actor, source: CaseSource): DomainError | null {
  if (actor.kind === 'system') return source === 'PUBLIC_COMPLAINT' ? null : forbidden();
  const allowed = SOURCES_BY_ROLE[actor.role];
  if (allowed === 'ANY' || allowed?.includes(source)) return null;
  return allowed ? new DomainError('SOURCE_NOT_ALLOWED') : forbidden();
}

function forbidden() {
  return new DomainError('REGISTRATION_NOT_ALLOWED');
}

export function canRegisterCases(role: Role): boolean {
  return SOURCES_BY_ROLE[role] !== undefined;
}

export function sourcesFor(role: Role): readonly CaseSource[] | 'ANY' {
  return SOURCES_BY_ROLE[role] ?? [];
}

/** The sources `role` may register a case from, as a list (every source for the center). */
export function registrableSources(role: Role): readonly CaseSource[] {
  const allowed = sourcesFor(role);
  return allowed === 'ANY' ? SOURCES : allowed;
}

/** A case as registered (unitId null: a public report named no listed unit, 单位待确定). */
export function initialSnapshot(unitId: string | null, createdById: string | null): CaseSnapshot {
  return { state: INITIAL_STATE, outcome: null, version: 1, unitId, createdById, workflow: EMPTY_WORKFLOW };
}

/**
 * A special supervisor files in their own name: they are the reporter of what they register
 * (and only the center may see that name). Everyone else registers on someone's behalf.
 */
export function registersAsReporter(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'SUPERVISOR';
}

/** Whoever reported gets a tracking code for the public page; so does every public complaint. */
export function issuesTrackingCode(source: CaseSource, hasReporter: boolean): boolean {
  return hasReporter || source === 'PUBLIC_COMPLAINT';
}
