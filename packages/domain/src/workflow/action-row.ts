import type { z } from 'zod';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { TOfficeProfile } from '../office/office-profile.ts';
import type { Actor } from './actor.ts';
import type { DomainError } from './domain-error.ts';
import type { CaseSnapshot, TIssuedNotice, TWorkflowFacts } from './snapshot.ts';
import type { CaseOutcome, CaseState, Instrument, Role } from './vocabulary.ts';

// The shape of one row of the transition table: who, from where, to where, with what payload,
// under which guard, needing what from outside, with which effect.

export type ActorKind = Role | 'SYSTEM';

/**
 * Gap-free number series the API keeps in `counters`, one per instrument, each with its prefix
 * from the office profile (通知书: 执监通〔2026〕7号, 决定书: 执监决〔2026〕1号).
 */
export type NumberSeries = Instrument;

/** A file cited by `attachmentIds`, as found in the same case. */
export type CitedAttachment = { id: string; sha256: string; fileName: string };

/**
 * What a row may need from outside the pure domain. The API reads `needs` (see actionNeeds),
 * looks each one up inside the action's transaction and passes it in the context.
 */
export type RowNeeds = {
  /** A number drawn from this case's series, inside the transaction (a rollback returns it). */
  documentNumber?: (snap: CaseSnapshot) => NumberSeries;
  /** The office profile (instruments in use, default periods, objection window). */
  officeProfile?: true;
  /** The administrator's default deadline, used when the payload leaves the deadline out. */
  defaultDeadline?: true;
  /** The files the payload cites by `attachmentIds`, looked up in the same case. */
  citedAttachments?: true;
};

export type ActionContext = {
  now: Date;
  calendar: WorkingCalendar;
  /** The number drawn for a row that needs `documentNumber`. */
  documentNumber?: string;
  /** The cited files that exist in this case (a row that needs `citedAttachments`). */
  attachments?: CitedAttachment[];
  /** Admin policy: default rectification deadline in working days (15 unless changed). */
  defaultDeadlineWorkingDays?: number;
  /** The office profile (a row that needs `officeProfile`; the defaults when absent). */
  officeProfile?: TOfficeProfile;
};

/** Rows the API writes beside the case and its event, in the same transaction. */
export type DerivedRow = { kind: 'notice'; notice: TIssuedNotice };

export type Effect = {
  workflow?: Partial<TWorkflowFacts>;
  eventData?: Record<string, unknown>;
  derived?: DerivedRow[];
};

export type ActionRow<S extends z.ZodType = z.ZodType> = {
  from: readonly CaseState[];
  /** `null` keeps the current state (the action records something without moving the case). */
  to: CaseState | null;
  /** Where the case goes when that depends on where it came from (`to` is the usual one). */
  returnTo?: (snap: CaseSnapshot) => CaseState;
  outcome?: CaseOutcome;
  roles: readonly ActorKind[];
  payload: S;
  needs?: RowNeeds;
  /** Extra conditions beyond role and state; returns the refusal, or null. */
  guard?: (snap: CaseSnapshot, actor: Actor, ctx: ActionContext) => DomainError | null;
  /** A business rule on the parsed payload (an instrument the office switched off): 422. */
  check?: (snap: CaseSnapshot, payload: z.infer<S>, ctx: ActionContext) => DomainError | null;
  effect?: (snap: CaseSnapshot, payload: z.infer<S>, ctx: ActionContext) => Effect;
};

export function row<S extends z.ZodType>(r: ActionRow<S>): ActionRow<S> {
  return r;
}
