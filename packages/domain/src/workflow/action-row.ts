import type { z } from 'zod';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { TOfficeProfile } from '../office/office-profile.ts';
import type { Actor } from './actor.ts';
import type { DomainError } from './domain-error.ts';
import type { CaseSnapshot, TIssuedNotice, TOfficerAction, TWorkflowFacts } from './snapshot.ts';
import type {
  CaseLinkKind,
  CaseOutcome,
  CaseSource,
  CaseState,
  CircularScope,
  Instrument,
  Role,
} from './vocabulary.ts';

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
  /** The case's own columns (title, description, occurredAt, source, unitId) as they are now. */
  caseFields?: true;
  /** The unit named by the payload's `unitId` (does it exist, is it active). */
  unit?: true;
  /** The user named by the payload's `assigneeId` (role, active). */
  assignee?: true;
  /** The registry officers named by the payload's `officers` (ids). */
  officers?: true;
  /** Who reported the case (name, phone), to keep them out of a public text. */
  reporter?: true;
  /** The case named by the payload's `targetCaseId` or `targetCaseNumber`, and its links to this one. */
  targetCase?: true;
};

/** A case's registered particulars, which amend_case may change. */
export type CaseFields = {
  /** Null while undetermined (单位待确定). */
  unitId: string | null;
  title: string;
  description: string;
  occurredAt: string | null;
  source: CaseSource;
  /** The unit's name as the reporter typed it when it matched no listed unit (not amendable). */
  reportedUnitName: string | null;
};

/** A user or unit looked up by the id a payload names (null: no such one). */
export type FoundUser = { id: string; role: Role; active: boolean } | null;
export type FoundUnit = { id: string; active: boolean } | null;
/**
 * The case a merge or link names (null: no such case), with the kinds of link already stored
 * between it and the acting case, in either direction.
 */
export type FoundCase = {
  id: string;
  number: string;
  /** null: a public report whose unit is still to be determined (单位待确定). */
  unitId: string | null;
  state: CaseState;
  links: CaseLinkKind[];
} | null;
/** A registry officer found by id (an id not found is absent from the list). */
export type FoundOfficer = { id: string; name: string; unitId: string; certificateNo: string };

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
  caseFields?: CaseFields;
  unit?: FoundUnit;
  assignee?: FoundUser;
  /** The officers found of those the payload names (a row that needs `officers`). */
  officers?: FoundOfficer[];
  /** The case's reporter (a row that needs `reporter`; null: none recorded). */
  reporter?: { name: string | null; phone: string | null } | null;
  /** The acting case's id and the case its payload names (a row that needs `targetCase`). */
  caseId?: string;
  targetCase?: FoundCase;
};

/** Rows the API writes beside the case and its event, in the same transaction. */
export type DerivedRow =
  | { kind: 'notice'; notice: TIssuedNotice }
  /** New values of the case's own columns (amend_case), written to the case in the same transaction. */
  | { kind: 'caseFields'; fields: Partial<CaseFields> }
  /** A 处理建议 on officers, open until the organ answers (table `officer_actions`). */
  | { kind: 'officerAction'; action: TOfficerAction }
  /**
   * The organ's answer to proposal `no`; the API moves each officer's stored status as
   * `statusAfterAnswer` says, with a history row giving `reason`, in the same transaction.
   */
  | { kind: 'officerActionAnswer'; action: TOfficerAction; reason: string }
  /** A link from this case to another (table `case_links`): merged into it, or related. */
  | { kind: 'caseLink'; linkKind: CaseLinkKind; relatedCaseId: string; note: string | null }
  /** An issued 通报; a PUBLIC one is listed on the 曝光台 (table `case_circulars`). */
  | { kind: 'circular'; scope: CircularScope; text: string; issuedAt: string };

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
  /**
   * May be taken while the case's unit is undetermined (单位待确定). Every other action concerns the
   * unit (an instrument, a request to it, a referral…) and is refused with UNIT_UNDETERMINED then.
   */
  withoutUnit?: true;
  payload: S;
  needs?: RowNeeds;
  /** Extra conditions beyond role and state; returns the refusal, or null. */
  guard?: (snap: CaseSnapshot, actor: Actor, ctx: ActionContext) => DomainError | null;
  /** Rules on the parsed payload and what was looked up for it; returns the refusal, or null. */
  check?: (snap: CaseSnapshot, payload: z.infer<S>, actor: Actor, ctx: ActionContext) => DomainError | null;
  effect?: (snap: CaseSnapshot, payload: z.infer<S>, ctx: ActionContext) => Effect;
};

export function row<S extends z.ZodType>(r: ActionRow<S>): ActionRow<S> {
  return r;
}
