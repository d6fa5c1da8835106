import { ACTION_NAMES, type ActionName, type CaseState, type Role, type TCase } from '@sp/domain';
import { expect } from 'vitest';
import { pathsToStates, sampleOf, takerOf } from '../../../packages/domain/test/action-specs.ts';
import { type DemoUser, expectStatus, type TestApp } from './helper.ts';

// Valid payloads for every action and short paths through the loop, all over HTTP, so each
// test can start from a case in the state it needs. Both are derived from the per-action specs
// of the domain package (packages/domain/test/actions/): nothing here names an action.

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

/** A valid payload for every action: the sample of its spec (packages/domain/test/actions/). */
export const PAYLOADS = Object.fromEntries(ACTION_NAMES.map((a) => [a, sampleOf(a)])) as Record<
  ActionName,
  Record<string, unknown>
>;

/** The demo user who acts in each role (unit roles: unit 1's). */
export const DEMO_USER_OF: Record<Role, DemoUser> = {
  CENTER_STAFF: 'staff',
  CENTER_DIRECTOR: 'director',
  UNIT_HANDLER: 'unit1.handler',
  UNIT_LEADER: 'unit1.leader',
  SUPERVISOR: 'supervisor',
  DISCIPLINE: 'discipline',
  ADMIN: 'admin',
  GOVERNMENT: 'government',
};

/** Who takes each step on the way to a state: the demo user of the first role in its spec. */
export function actorOf(action: ActionName, unit: 'unit1' | 'unit2' = 'unit1'): DemoUser {
  const kind = takerOf(action);
  if (kind === 'SYSTEM') throw new Error(`${action} is taken by the system, not over HTTP`);
  return DEMO_USER_OF[kind].replace('unit1', unit) as DemoUser;
}

/** The shortest user-taken path from RECEIVED to each state, from the specs. */
const PATH_TO = pathsToStates();

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

let publicReports = 0;

/**
 * Files a public report naming a unit that is not in the list (列表中没有，手动填写): the case waits
 * with its unit undetermined (单位待确定). Returns it as staff see it, with its tracking code.
 */
export async function undeterminedCase(t: TestApp, typedUnit = '城东综合执法队'): Promise<CaseBody> {
  const title = `执法人员态度恶劣（待确定单位 ${++publicReports}）`;
  const res = await t.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: { title, description: '执法人员在检查中辱骂商户。', unitName: typedUnit },
  });
  const { trackingCode } = expectStatus<{ trackingCode: string }>(res, 201);
  const staff = await t.as('staff');
  const page = expectStatus<{ items: CaseBody[] }>(
    await staff.get(`/api/cases?unitUndetermined=true&q=${encodeURIComponent(title)}`),
    200,
  );
  if (page.items.length !== 1)
    throw new Error(`undeterminedCase: ${page.items.length} cases titled ${title}`);
  return { ...(await getCase(t, 'staff', page.items[0]!.id)), trackingCode };
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
  for (const action of path.slice(done.length)) c = await step(t, actorOf(action, unit), caseId, action);
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

/**
 * Side actions of v2 that the center may take in many states without moving the case (承办人,
 * 约谈, 通报, measures on officers, 问题线索, 关联案件): left out where a test asserts the loop's own buttons.
 */
const SIDE_ACTIONS: readonly string[] = [
  'assign',
  'summon',
  'issue_circular',
  'propose_officer_action',
  'record_officer_action_answer',
  'refer_lead',
  'link_related',
];
export const inLoop = (action: string) => !SIDE_ACTIONS.includes(action);
