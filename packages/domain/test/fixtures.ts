import {
  type ActionContext,
  type ActionName,
  type Actor,
  type ActorKind,
  type CaseSnapshot,
  type CaseState,
  createCalendar,
  EMPTY_WORKFLOW,
  type Role,
  SYSTEM_ACTOR,
  type TDeadlineState,
  type TWorkflowFacts,
  type UserActor,
} from '../src/index.ts';

// Shared, deterministic test data: a plain Mon–Fri calendar and fixed instants.

export const UNIT_ID = 'unit-1';
export const OTHER_UNIT_ID = 'unit-2';
export const CREATOR_ID = 'user-supervisor-1';
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
  'SYSTEM',
];

const UNIT_ROLE_NAMES: readonly Role[] = ['UNIT_HANDLER', 'UNIT_LEADER'];

/** A user of `role`; unit roles belong to `unitId` (the fixture case's unit unless told). */
export function userActor(
  role: Role,
  unitId: string | null = UNIT_ROLE_NAMES.includes(role) ? UNIT_ID : null,
): UserActor {
  return { kind: 'user', id: `user-${role.toLowerCase()}`, role, unitId };
}

export function actorFor(kind: ActorKind): Actor {
  return kind === 'SYSTEM' ? SYSTEM_ACTOR : userActor(kind);
}

export function ctxAt(now: Date, extra: Partial<ActionContext> = {}): ActionContext {
  return { now, calendar: CALENDAR, noticeNumber: NOTICE_NUMBER, ...extra };
}

export const FIXTURE_DEADLINE: TDeadlineState = {
  seq: 1,
  startAt: ISSUED_AT,
  workingDays: 15,
  extensions: [],
  dueAt: DUE_AT,
  dueSoonAt: DUE_SOON_AT,
};

const NOTICE_CONTENT = {
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

/**
 * The snapshot and context in which `action` should pass its guards when role and state fit:
 * grant/deny need a pending extension request, refer_overdue needs the due date to have passed.
 */
export function fixtureFor(action: ActionName, state: CaseState): { snap: CaseSnapshot; ctx: ActionContext } {
  if (action === 'grant_extension' || action === 'deny_extension') {
    return { snap: richSnapshot(state, { extensionRequest: PENDING_EXTENSION }), ctx: ctxAt(NOW) };
  }
  if (action === 'refer_overdue') return { snap: richSnapshot(state), ctx: ctxAt(AFTER_DUE) };
  return { snap: richSnapshot(state), ctx: ctxAt(NOW) };
}

const UUID_1 = '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e';

/** One valid payload per action; `satisfies` makes a missing action a type error. */
export const VALID_PAYLOADS = {
  start_assessment: {},
  dismiss: { reason: '不属于行政执法监督范围', feedback: '您反映的问题属于民事纠纷，建议向法院起诉。' },
  transfer_out: { targetOrgan: '市公安局', reason: '涉嫌刑事犯罪', feedback: '已移送市公安局处理。' },
  open_investigation: {},
  add_evidence: { note: '调取执法记录仪视频一份' },
  conclude_no_violation: { findings: '执法程序合法', feedback: '经核查，执法行为合法。' },
  draft_notice: { ...NOTICE_CONTENT, deadlineWorkingDays: 15 },
  return_draft: { comment: '法律依据引用不准确，请修改' },
  approve_notice: {},
  acknowledge: {},
  submit_rectification: { report: '已组织全员培训并完善执法程序', attachmentIds: [UUID_1] },
  object: { grounds: '执法人员当时已出示证件，有视频为证', attachmentIds: [UUID_1] },
  accept_rectification: { feedback: '执法单位已整改到位。' },
  reject_rectification: { reasons: '整改报告未附培训记录', newDeadlineWorkingDays: 10 },
  uphold_objection: { findings: '视频显示已出示证件', feedback: '经复核，原通知书撤销。' },
  dismiss_objection: { reasons: '异议理由不成立', newDeadlineWorkingDays: 10 },
  request_extension: { reason: '需要协调上级部门', extraWorkingDays: 5 },
  grant_extension: { comment: '同意延期' },
  deny_extension: { comment: '理由不充分' },
  refer_overdue: { reason: 'NO_REPLY' },
  refer: { reason: '整改报告弄虚作假' },
  accept_referral: {},
  record_disposition: {
    disposition: '诫勉谈话',
    decision: '对相关责任人诫勉谈话',
    feedback: '纪检监察机关已处理。',
  },
} satisfies Record<ActionName, Record<string, unknown>>;
