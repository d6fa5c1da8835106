import type { ActionName, ActorKind, CaseOutcome, CaseState, OverduePolicy } from '../src/index.ts';

// What one file under ./actions/ says about one action: product.md's row for it, written BY HAND
// (never read from TRANSITIONS, so a wrong edit to the table fails a test), the limits each
// payload field must enforce, and a realistic sample payload. The domain's table, matrix and
// payload tests, its fixtures, and the API's flows and HTTP role matrix are all derived from
// these specs (see action-specs.ts), so a new action needs its table row, its copy and one spec.
//
// Words mapped: staff = CENTER_STAFF, director = CENTER_DIRECTOR, "unit handler or leader" =
// UNIT_HANDLER + UNIT_LEADER, unit leader = UNIT_LEADER, discipline = DISCIPLINE, "system only"
// = SYSTEM. `to: 'same'` is product.md's "same" (the action records without moving the case).

/**
 * Stand-ins for ids a sample must name but only the database knows: the domain's fixtures give
 * the staff actor this id (and find an active staff member for any assigneeId), and the API's
 * test client sends the demo staff user's real id in its place.
 */
export const SAMPLE_IDS = {
  staff: '5a1e0c3d-4b2f-4e6a-9c8d-7f1e2d3c4b5a',
  /** A registry officer of the case's unit (the API's test client sends a demo officer's id). */
  officer: '0ff1ce40-7a1b-4c2d-8e3f-5a6b7c8d9e0f',
  /** Another open case of the same unit (the API's test client sends a real one's id). */
  otherCase: '0c45e000-1d2e-4f3a-8b4c-5d6e7f8a9b0c',
  /** An active unit (the API's test client sends unit 1's id). */
  unit: '0a17e5e7-3c1d-4b8e-9f2a-6d5c4b3a2e1f',
} as const;

/** Limits written out here (not read from TEXT_LIMITS), in characters. */
export const LONG = 10_000;
export const SHORT = 2_000;
export const NAME = 100;

type Need = 'required' | 'optional';
export type FieldLimit =
  | { kind: 'text'; need: Need; max: number }
  | { kind: 'days'; need: Need; min: number; max: number }
  | { kind: 'attachments'; need: 'optional'; max: number }
  | { kind: 'choice'; need: Need; options: readonly string[] }
  | { kind: 'id'; need: Need }
  | { kind: 'instant'; need: Need }
  | { kind: 'date'; need: Need }
  | { kind: 'ids'; need: Need; min: number; max: number };

/** Required text of at most `max` characters (trimmed, not blank). */
export const text = (max: number) => ({ kind: 'text', need: 'required', max }) as const;
/** A whole number of days from `min` to `max`. */
export const days = (min: number, max: number) => ({ kind: 'days', need: 'required', min, max }) as const;
/** Up to 20 files of the case, cited by id; never required. */
export const attachments = () => ({ kind: 'attachments', need: 'optional', max: 20 }) as const;
export const choice = (options: readonly string[]) =>
  ({ kind: 'choice', need: 'required', options }) as const;
/** The id (uuid) of a user, unit or officer the API looks up. */
export const id = () => ({ kind: 'id', need: 'required' }) as const;
/** An ISO 8601 instant with its offset (2026-02-27T09:30:00+08:00). */
export const instant = () => ({ kind: 'instant', need: 'required' }) as const;
/** A calendar date (YYYY-MM-DD). */
export const date = () => ({ kind: 'date', need: 'required' }) as const;
/** From `min` to `max` distinct ids (uuid) of registry officers the API looks up. */
export const ids = (min: number, max: number) => ({ kind: 'ids', need: 'required', min, max }) as const;
export const optional = <F extends FieldLimit>(field: F): F => ({ ...field, need: 'optional' });

export type ActionSpec = {
  action: ActionName;
  /** Who may take it. The first is who takes it in derived flows. */
  who: readonly ActorKind[];
  from: readonly CaseState[];
  to: CaseState | 'same';
  outcome: CaseOutcome | null;
  /** The "must carry" column in api-contract.md's camelCase names, with each field's limits. */
  fields: Readonly<Record<string, FieldLimit>>;
  /** A payload the action must accept, here and over HTTP (so it cites no attachment ids). */
  sample: Readonly<Record<string, unknown>>;
  /** Actions taken first, in the same state, each by its own spec's first role. */
  after?: readonly ActionName[];
  /** Allowed only once the running deadline has passed (the clock is set past it). */
  whenOverdue?: true;
  /** Allowed only while the case's unit is undetermined (a public report naming no listed unit). */
  whenUnitUndetermined?: true;
  /** The sweep takes it only under this overdue policy of the office profile. */
  overduePolicy?: OverduePolicy;
  /**
   * Never a step of the derived paths to a state (it needs another case to act on): merge closes
   * a case in one step, but "a closed case" in the flows means the usual 不予受理.
   */
  offPath?: true;
  /** Why the spec says what it says, where product.md alone would not tell. */
  note?: string;
};

export function defineActionSpec(spec: ActionSpec): ActionSpec {
  return spec;
}

/** The spec file of an action: remind_unit → remind-unit.ts. */
export const specFileOf = (action: string) => `${action.replaceAll('_', '-')}.ts`;
