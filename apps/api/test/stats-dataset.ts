import { type ActionName, SOURCES } from '@sp/domain';
import { expect } from 'vitest';
import { actorOf, createCase, driveTo, getCase, step } from './flows.ts';
import { expectStatus, type TestApp } from './helper.ts';

// A generated data set for the statistics and the exports: cases registered every few days from
// January to June 2026 at both demo units, from every source, each taken along one of the
// loop's endings (rectified, rectified after a rejection, withdrawn, referred by the director or
// by the sweep, concluded by discipline, replied late, extended, still running…). What each
// case became is read back from the API by the tests; the scenario only makes sure each kind
// occurs.

type Unit = 'unit1' | 'unit2';
type Scenario = (t: TestApp, id: string, unit: Unit) => Promise<void>;

const HOUR = 3_600_000;
const act = async (t: TestApp, id: string, action: ActionName, unit: Unit) => {
  t.advance(HOUR);
  await step(t, actorOf(action, unit), id, action);
};
const dueAtOf = async (t: TestApp, id: string) => new Date((await getCase(t, 'staff', id)).dueAt!);
const sweep = async (t: TestApp) =>
  expectStatus<{ referred: number }>(await t.inject({ method: 'POST', url: '/api/test/sweep' }), 200);

const SCENARIOS: Record<string, Scenario> = {
  received: async () => {},
  dismissed: async (t, id, unit) => {
    await driveTo(t, id, 'ASSESSING', unit);
    await act(t, id, 'dismiss', unit);
  },
  noViolation: async (t, id, unit) => {
    await driveTo(t, id, 'INVESTIGATING', unit);
    await act(t, id, 'conclude_no_violation', unit);
  },
  rectified: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'submit_rectification', unit);
    await act(t, id, 'accept_rectification', unit);
  },
  rejectedThenRectified: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'submit_rectification', unit);
    await act(t, id, 'reject_rectification', unit);
    await act(t, id, 'submit_rectification', unit);
    await act(t, id, 'accept_rectification', unit);
  },
  withdrawn: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'object', unit);
    await act(t, id, 'uphold_objection', unit);
  },
  objectionDismissed: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'object', unit);
    await act(t, id, 'dismiss_objection', unit);
  },
  referredByDirector: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'refer', unit);
  },
  concluded: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'refer', unit);
    await act(t, id, 'record_disposition', unit);
  },
  noReply: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    t.setNow(new Date((await dueAtOf(t, id)).getTime() + 60_000));
    await sweep(t);
  },
  notImplemented: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'submit_rectification', unit);
    await act(t, id, 'reject_rectification', unit);
    t.setNow(new Date((await dueAtOf(t, id)).getTime() + 60_000));
    await sweep(t);
  },
  lateReplyRectified: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    // The unit replies after its due date, before the sweep ran.
    t.setNow(new Date((await dueAtOf(t, id)).getTime() + 30_000));
    await act(t, id, 'submit_rectification', unit);
    await act(t, id, 'accept_rectification', unit);
  },
  extendedThenReplied: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
    await act(t, id, 'request_extension', unit);
    await act(t, id, 'grant_extension', unit);
    await act(t, id, 'submit_rectification', unit);
  },
  running: async (t, id, unit) => {
    await driveTo(t, id, 'AWAITING_REPLY', unit);
  },
  pendingApproval: async (t, id, unit) => {
    await driveTo(t, id, 'NOTICE_PENDING_APPROVAL', unit);
  },
};
export const SCENARIO_NAMES = Object.keys(SCENARIOS);

/** Monday 5 January 2026, 10:00 in Shanghai: the first registration of the data set. */
export const DATASET_START = new Date('2026-01-05T02:00:00Z');
/** The clock when the data set is read: some deadlines still running, some past, some due soon. */
export const DATASET_NOW = new Date('2026-06-22T02:00:00Z');

/** Generates the data set (deterministic) and leaves the clock at DATASET_NOW. */
export async function generateDataset(t: TestApp, count = 2 * SCENARIO_NAMES.length + 4) {
  let seed = 20260105;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const span = DATASET_NOW.getTime() - DATASET_START.getTime() - 12 * 24 * HOUR;
  for (let i = 0; i < count; i++) {
    const unit: Unit = random() < 0.6 ? 'unit1' : 'unit2';
    const source = SOURCES[Math.floor(random() * SOURCES.length)]!;
    const name = SCENARIO_NAMES[i % SCENARIO_NAMES.length]!;
    t.setNow(new Date(DATASET_START.getTime() + Math.floor((span * i) / count)));
    const c = await createCase(t, {
      unit,
      source,
      title: `生成案件${i} ${name}`,
      reporter: { name: `举报人${i}`, phone: `1390000${String(i).padStart(4, '0')}` },
    });
    await SCENARIOS[name]!(t, c.id, unit);
  }
  // Two notices issued just before the end: one running deadline, one due soon.
  t.setNow(new Date(DATASET_NOW.getTime() - 19 * 24 * HOUR));
  const dueSoon = await createCase(t, { unit: 'unit2', title: '生成案件 即将到期' });
  await SCENARIOS.running!(t, dueSoon.id, 'unit2');
  t.setNow(new Date(DATASET_NOW.getTime() - 24 * HOUR));
  const fresh = await createCase(t, { unit: 'unit1', title: '生成案件 刚下发' });
  await SCENARIOS.running!(t, fresh.id, 'unit1');
  t.setNow(DATASET_NOW);
  expect(await t.prisma.case.count({ where: { title: { startsWith: '生成案件' } } })).toBe(count + 2);
}
