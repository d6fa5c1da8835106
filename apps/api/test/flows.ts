import type { ActionName, CaseState, TCase } from '@sp/domain';
import { expect } from 'vitest';
import { type DemoUser, expectStatus, type TestApp } from './helper.ts';

// Valid payloads for every action and short paths through the loop, all over HTTP, so each
// test can start from a case in the state it needs.

/** A case as GET /api/cases/:id returns it (the domain's response schema). */
export type CaseBody = TCase;

export type EventBody = {
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actor: { id: string; role: string } | { system: true };
  at: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export const PAYLOADS: Record<ActionName, Record<string, unknown>> = {
  start_assessment: {},
  dismiss: { reason: '不属于受理范围', feedback: '您反映的问题不属于本中心受理范围，已告知处理途径。' },
  transfer_out: {
    targetOrgan: '市人民检察院',
    reason: '涉嫌职务犯罪',
    feedback: '已移送市人民检察院依法处理。',
  },
  open_investigation: {},
  add_evidence: { note: '调取执法记录 3 份' },
  conclude_no_violation: { findings: '执法程序合法', feedback: '经核查，该执法行为符合法定程序。' },
  draft_notice: {
    findings: '执法人员未出示执法证件',
    legalBasis: '《行政处罚法》第五十五条',
    requiredRectification: '组织执法程序培训并书面报告',
    deadlineWorkingDays: 15,
  },
  return_draft: { comment: '法律依据请补充条款' },
  approve_notice: {},
  acknowledge: {},
  submit_rectification: { report: '已组织培训，涉事人员已批评教育。' },
  object: { grounds: '当事人系多次违法，处罚适当。' },
  accept_rectification: { feedback: '单位已完成整改，感谢您的监督。' },
  reject_rectification: { reasons: '整改报告未附培训记录', newDeadlineWorkingDays: 10 },
  uphold_objection: { findings: '异议成立', feedback: '经复核，通知书已撤销。' },
  dismiss_objection: { reasons: '异议理由不成立', newDeadlineWorkingDays: 5 },
  request_extension: { reason: '需要调取档案', extraWorkingDays: 5 },
  grant_extension: { comment: '同意延期' },
  deny_extension: { comment: '不同意延期' },
  refer_overdue: { reason: 'NO_REPLY' },
  refer: { reason: '拒不整改' },
  accept_referral: {},
  record_disposition: {
    disposition: '诫勉谈话',
    decision: '对该局局长诫勉谈话。',
    feedback: '纪检监察机关已作出处理。',
  },
};

/** Who takes each step on the way to a state (the right role for each action). */
const ACTOR_OF: Record<ActionName, DemoUser> = {
  start_assessment: 'staff',
  dismiss: 'staff',
  transfer_out: 'staff',
  open_investigation: 'staff',
  add_evidence: 'staff',
  conclude_no_violation: 'staff',
  draft_notice: 'staff',
  return_draft: 'director',
  approve_notice: 'director',
  acknowledge: 'unit1.handler',
  submit_rectification: 'unit1.leader',
  object: 'unit1.leader',
  accept_rectification: 'staff',
  reject_rectification: 'staff',
  uphold_objection: 'director',
  dismiss_objection: 'staff',
  request_extension: 'unit1.leader',
  grant_extension: 'director',
  deny_extension: 'director',
  refer_overdue: 'director', // never taken by a user; the sweep does it
  refer: 'director',
  accept_referral: 'discipline',
  record_disposition: 'discipline',
};

const PATH_TO: Partial<Record<CaseState, ActionName[]>> = {
  RECEIVED: [],
  ASSESSING: ['start_assessment'],
  INVESTIGATING: ['start_assessment', 'open_investigation'],
  NOTICE_PENDING_APPROVAL: ['start_assessment', 'open_investigation', 'draft_notice'],
  AWAITING_REPLY: ['start_assessment', 'open_investigation', 'draft_notice', 'approve_notice'],
  REPLY_UNDER_REVIEW: [
    'start_assessment',
    'open_investigation',
    'draft_notice',
    'approve_notice',
    'submit_rectification',
  ],
  RECHECKING: ['start_assessment', 'open_investigation', 'draft_notice', 'approve_notice', 'object'],
  REFERRED: ['start_assessment', 'open_investigation', 'draft_notice', 'approve_notice', 'refer'],
};

export type NewCase = {
  unit?: 'unit1' | 'unit2';
  title?: string;
  source?: string;
  reporter?: { name?: string; phone?: string; anonymous?: boolean };
  description?: string;
};

/** Registers a case as staff (hotline by default) and returns the created case. */
export async function createCase(t: TestApp, input: NewCase = {}): Promise<CaseBody> {
  const staff = await t.as('staff');
  const res = await staff.post('/api/cases', {
    source: input.source ?? 'HOTLINE',
    title: input.title ?? '执法人员未出示证件',
    description: input.description ?? '投诉人反映执法检查时未出示执法证件。',
    unitId: t.unitIds[input.unit ?? 'unit1'],
    ...(input.reporter ? { reporter: input.reporter } : {}),
  });
  return expectStatus<CaseBody>(res, 201);
}

/** Takes one action as `who`, expects 200 and returns the case after it. */
export async function step(
  t: TestApp,
  who: DemoUser,
  caseId: string,
  action: ActionName,
  payload: Record<string, unknown> = PAYLOADS[action],
): Promise<CaseBody> {
  const client = await t.as(who);
  return expectStatus<CaseBody>(await client.act(caseId, action, payload), 200);
}

/** Drives a case from where it is along the shortest path to `state` (unit steps by `unit`). */
export async function driveTo(
  t: TestApp,
  caseId: string,
  state: CaseState,
  unit: 'unit1' | 'unit2' = 'unit1',
) {
  const path = PATH_TO[state];
  if (!path) throw new Error(`no path to ${state}`);
  const current = (await t.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state;
  const done = PATH_TO[current] ?? [];
  if (done.some((a, i) => path[i] !== a)) throw new Error(`no path from ${current} to ${state}`);
  let c: CaseBody | undefined;
  for (const action of path.slice(done.length)) {
    const who = ACTOR_OF[action].replace('unit1', unit) as DemoUser;
    c = await step(t, who, caseId, action);
  }
  expect(c?.state ?? current).toBe(state);
  return c;
}

/** A new case (unit1 unless told) already in `state`. */
export async function caseIn(t: TestApp, state: CaseState, input: NewCase = {}): Promise<CaseBody> {
  const created = await createCase(t, input);
  await driveTo(t, created.id, state, input.unit ?? 'unit1');
  const c = await getCase(t, 'staff', created.id);
  return created.trackingCode ? { ...c, trackingCode: created.trackingCode } : c;
}

export async function getCase(t: TestApp, who: DemoUser, id: string): Promise<CaseBody> {
  return expectStatus<CaseBody>(await (await t.as(who)).get(`/api/cases/${id}`), 200);
}

export async function getEvents(t: TestApp, who: DemoUser, id: string): Promise<EventBody[]> {
  return expectStatus<EventBody[]>(await (await t.as(who)).get(`/api/cases/${id}/events`), 200);
}

/** Row counts of the tables a refused request must never touch. */
export async function rowCounts(t: TestApp) {
  const [cases, events, notices, attachments, reporters, drafts] = await Promise.all([
    t.prisma.case.count(),
    t.prisma.caseEvent.count(),
    t.prisma.notice.count(),
    t.prisma.attachment.count(),
    t.prisma.reporter.count(),
    t.prisma.replyDraft.count(),
  ]);
  return { cases, events, notices, attachments, reporters, drafts };
}

export const GENESIS = '0'.repeat(64);

/** The history is a chain: seq 1..n, each prevHash the previous hash, the first the genesis. */
export function expectChained(events: EventBody[]) {
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(events[0]?.prevHash).toBe(GENESIS);
  for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
  for (const e of events) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(new Set(events.map((e) => e.hash)).size).toBe(events.length);
}

/** The notice number format 执监通〔YYYY〕N号. */
export const NOTICE_NUMBER = /^执监通〔(\d{4})〕([1-9]\d*)号$/;
