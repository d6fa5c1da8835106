import {
  type ActionContext,
  type ActionName,
  type Actor,
  type ActorKind,
  applyAction,
  type CaseSnapshot,
  type CaseState,
  type CitedAttachment,
  createCalendar,
  EMPTY_WORKFLOW,
  type Role,
  SYSTEM_ACTOR,
  type TDeadlineState,
  type TWorkflowFacts,
  type UserActor,
} from '../src/index.ts';
import { SAMPLE_IDS } from './action-spec.ts';
import { sampleOf, specOf, takerOf } from './action-specs.ts';

// Shared, deterministic test data: a plain Mon–Fri calendar and fixed instants.

/** The case's unit (a uuid: set_unit names it in its sample, SAMPLE_IDS.unit). */
export const UNIT_ID = SAMPLE_IDS.unit;
export const OTHER_UNIT_ID = 'unit-2';
export const CREATOR_ID = 'user-supervisor-1';
/** The fixture case's own id (merge and link_related refuse it as their target). */
export const FIXTURE_CASE_ID = 'case-fixture-1';
export const NOTICE_NUMBER = '四法监通〔2026〕1号';
export const CALENDAR = createCalendar([]);

/** Monday 2026-03-02, 10:00 in Shanghai: when the fixture notice was issued. */
export const ISSUED_AT = '2026-03-02T02:00:00.000Z';
/**
 * 15 working days after Mon 2026-03-02 on a Mon–Fri calendar (Mar 3–6, 9–13, 16–20, 23) is
 * Mon 2026-03-23; a deadline ends at 23:59:59 Shanghai time, i.e. 15:59:59Z. Hand-computed.
 */
export const DUE_AT = '2026-03-23T15:59:59.000Z';
/** Start + 70% of the span (1,864,799 s), rounded down to the millisecond. Hand-computed. */
export const DUE_SOON_AT = '2026-03-17T04:35:59.300Z';
/** Wednesday 2026-03-04, 10:00 in Shanghai: well before the due date. */
export const NOW = new Date('2026-03-04T02:00:00.000Z');
/** Tuesday 2026-03-24, 10:00 in Shanghai: the day after the due date. */
export const AFTER_DUE = new Date('2026-03-24T02:00:00.000Z');

export const ALL_ACTOR_KINDS: readonly ActorKind[] = [
  'CENTER_STAFF',
  'CENTER_DIRECTOR',
  'UNIT_HANDLER',
  'UNIT_LEADER',
  'SUPERVISOR',
  'DISCIPLINE',
  'ADMIN',
  'GOVERNMENT',
  'SYSTEM',
];

const UNIT_ROLE_NAMES: readonly Role[] = ['UNIT_HANDLER', 'UNIT_LEADER'];

/** A user of `role`; unit roles belong to `unitId` (the fixture case's unit unless told). */
export function userActor(
  role: Role,
  unitId: string | null = UNIT_ROLE_NAMES.includes(role) ? UNIT_ID : null,
): UserActor {
  const id = role === 'CENTER_STAFF' ? SAMPLE_IDS.staff : `user-${role.toLowerCase()}`;
  return { kind: 'user', id, role, unitId };
}

export function actorFor(kind: ActorKind): Actor {
  return kind === 'SYSTEM' ? SYSTEM_ACTOR : userActor(kind);
}

/** The fixture case's registered particulars (amend_case compares against them). */
export const CASE_FIELDS = {
  unitId: UNIT_ID,
  title: '执法人员未出示证件',
  description: '投诉人反映执法检查时未出示执法证件。',
  occurredAt: null,
  source: 'HOTLINE',
  reportedUnitName: null,
} as const;

/**
 * What the API would look up for a payload: the case's particulars, an active unit and an active
 * staff member of whatever ids the payload names.
 */
export function ctxAt(now: Date, extra: Partial<ActionContext> = {}): ActionContext {
  return {
    now,
    calendar: CALENDAR,
    documentNumber: NOTICE_NUMBER,
    caseFields: { ...CASE_FIELDS },
    unit: { id: OTHER_UNIT_ID, active: true },
    assignee: { id: SAMPLE_IDS.staff, role: 'CENTER_STAFF', active: true },
    officers: [{ id: SAMPLE_IDS.officer, name: '马立新', unitId: UNIT_ID, certificateNo: '22030001001' }],
    reporter: { name: '张三', phone: '13800000000' },
    caseId: FIXTURE_CASE_ID,
    targetCase: {
      id: SAMPLE_IDS.otherCase,
      number: '执监案〔2026〕2号',
      unitId: UNIT_ID,
      state: 'INVESTIGATING',
      links: [],
    },
    ...extra,
  };
}

export const FIXTURE_DEADLINE: TDeadlineState = {
  seq: 1,
  startAt: ISSUED_AT,
  basis: 'WORKING_DAYS',
  days: 15,
  extensions: [],
  dueAt: DUE_AT,
  dueSoonAt: DUE_SOON_AT,
};

const NOTICE_CONTENT = {
  instrument: 'NOTICE' as const,
  deadlineCalendarDays: null,
  findings: '执法人员未出示执法证件即实施检查',
  legalBasis: '《中华人民共和国行政处罚法》第五十五条',
  requiredRectification: '组织执法人员培训并书面报告整改情况',
  deadlineWorkingDays: 15,
};

/**
 * A case in `state` whose facts satisfy every guard that can be satisfied at once: a draft, an
 * issued notice, a running deadline (not passed at NOW), no extension request yet, no
 * acknowledgement yet, and an unaccepted referral.
 */
export function richSnapshot(state: CaseState, workflow: Partial<TWorkflowFacts> = {}): CaseSnapshot {
  return {
    state,
    outcome: null,
    version: 7,
    unitId: UNIT_ID,
    createdById: CREATOR_ID,
    workflow: {
      ...EMPTY_WORKFLOW,
      draftNotice: NOTICE_CONTENT,
      notice: { ...NOTICE_CONTENT, number: NOTICE_NUMBER, issuedAt: ISSUED_AT },
      deadline: FIXTURE_DEADLINE,
      referral: { by: 'DIRECTOR', reason: '拒不整改', at: ISSUED_AT, acceptedAt: null },
      decisionProposal: {
        grounds: '逾期未整改',
        requiredRectification: '撤销违法决定',
        deadlineWorkingDays: null,
        deadlineCalendarDays: 30,
        proposedAt: ISSUED_AT,
        returnTo: 'AWAITING_REPLY',
      },
      ...workflow,
    },
  };
}

export const PENDING_EXTENSION: TWorkflowFacts['extensionRequest'] = {
  deadlineSeq: 1,
  reason: '需要协调上级部门',
  extraWorkingDays: 5,
  requestedAt: '2026-03-03T02:00:00.000Z',
  decision: 'PENDING',
};

/** The files a payload cites, as the API would find them in the case. */
export function citedFiles(payload: unknown): CitedAttachment[] {
  const ids = (payload as { attachmentIds?: unknown } | null)?.attachmentIds;
  return Array.isArray(ids)
    ? ids
        .filter((id) => typeof id === 'string')
        .map((id) => ({ id, sha256: 'ab'.repeat(32), fileName: `${id}.pdf` }))
    : [];
}

/**
 * The snapshot and context in which `action` passes its guards when role and state fit, from its
 * spec: the spec's `after` actions are taken first (grant_extension needs a pending request), and
 * `whenOverdue` sets the clock past the due date.
 */
export function fixtureFor(action: ActionName, state: CaseState): { snap: CaseSnapshot; ctx: ActionContext } {
  const spec = specOf(action);
  const ctx = ctxAt(spec.whenOverdue ? AFTER_DUE : NOW);
  let prepared = richSnapshot(specOf(spec.after?.[0] ?? action).from[0]!);
  for (const before of spec.after ?? []) {
    const result = applyAction(prepared, before, sampleOf(before), actorFor(takerOf(before)), ctx);
    if (!result.ok) throw new Error(`fixture for ${action}: ${before} refused (${result.error.reason})`);
    prepared = result.next;
  }
  const snap = richSnapshot(state, prepared.workflow);
  return { snap: spec.whenUnitUndetermined ? { ...snap, unitId: null } : snap, ctx };
}
