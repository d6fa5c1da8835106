import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  type ActionName,
  applyAction,
  type CaseOutcome,
  type CaseSnapshot,
  type CaseState,
  INITIAL_STATE,
  initialSnapshot,
  OUTCOMES,
  overdueReferralReason,
  refusal,
  STATES,
  TERMINAL_STATE,
  TRANSITIONS,
} from '../src/index.ts';
import { sampleOf } from './action-specs.ts';
import { actorFor, CREATOR_ID, ctxAt, UNIT_ID } from './fixtures.ts';

// Every simple path RECEIVED → CLOSED, generated from TRANSITIONS (not by hand), walked through
// applyAction. Self-loop actions (to: null) are not edges; they are applied along the way.

type Edge = { action: ActionName; from: CaseState; to: CaseState };

const MAX_VISITS_PER_STATE = 2;

const EDGES: Edge[] = ACTION_NAMES.flatMap((action) => {
  const { from, to } = TRANSITIONS[action];
  return to === null ? [] : from.map((f) => ({ action, from: f, to }));
});

const SELF_LOOPS: ActionName[] = ACTION_NAMES.filter((a) => TRANSITIONS[a].to === null);

/** A row that returns whence it came (decline_decision) goes back to the state before `from`. */
function targetOf(edge: Edge, path: Edge[]): CaseState {
  if (!TRANSITIONS[edge.action].returnTo) return edge.to;
  return [...path].reverse().find((e) => e.to === edge.from)?.from ?? edge.to;
}

function generatePaths(start: CaseState): Edge[][] {
  const paths: Edge[][] = [];
  const visits = new Map<CaseState, number>([[start, 1]]);
  const dfs = (state: CaseState, path: Edge[]) => {
    if (state === TERMINAL_STATE) {
      paths.push([...path]);
      return;
    }
    for (const generic of EDGES.filter((e) => e.from === state)) {
      const edge = { ...generic, to: targetOf(generic, path) };
      const seen = visits.get(edge.to) ?? 0;
      if (seen >= MAX_VISITS_PER_STATE) continue;
      visits.set(edge.to, seen + 1);
      path.push(edge);
      dfs(edge.to, path);
      path.pop();
      visits.set(edge.to, seen);
    }
  };
  dfs(start, []);
  return paths;
}

/**
 * The table allows some state sequences that a guard refuses on the second try (a notice takes
 * one objection: `object` again is ALREADY_DONE). Such paths are pruned here — and only such
 * paths: any other refusal keeps the path, so its walk below fails loudly.
 */
function refusedAsRepeat(path: Edge[]): boolean {
  let snap = initialSnapshot(UNIT_ID, CREATOR_ID);
  let now = new Date('2026-03-02T01:00:00.000Z');
  for (const edge of path) {
    now =
      edge.action === 'refer_overdue' && snap.workflow.deadline
        ? new Date(Date.parse(snap.workflow.deadline.dueAt) + 24 * 3_600_000)
        : new Date(now.getTime() + 3_600_000);
    const actor = actorFor(TRANSITIONS[edge.action].roles[0]!);
    const payload =
      edge.action === 'refer_overdue' ? { reason: overdueReferralReason(snap) } : sampleOf(edge.action);
    const result = applyAction(snap, edge.action, payload, actor, ctxAt(now));
    if (!result.ok) return result.error.code === 'ALREADY_DONE';
    snap = result.next;
  }
  return false;
}

const GENERATED = generatePaths(INITIAL_STATE);
const PATHS = GENERATED.filter((p) => !refusedAsRepeat(p));
const PRUNED = GENERATED.filter((p) => refusedAsRepeat(p));

type Walk = { final: CaseSnapshot; visited: CaseState[]; taken: ActionName[] };

const HOUR = 3_600_000;

/** The fixture payload; refer_overdue carries the reason the deadline sweeper would give. */
function payloadFor(action: ActionName, snap: CaseSnapshot): Record<string, unknown> {
  return action === 'refer_overdue' ? { reason: overdueReferralReason(snap) } : sampleOf(action);
}

/** Applies `action` as the first role of its row; asserts it succeeds and lands where the table says. */
function step(
  snap: CaseSnapshot,
  action: ActionName,
  now: Date,
  where: string,
  to: CaseState | null = TRANSITIONS[action].to,
): CaseSnapshot {
  const row = TRANSITIONS[action];
  const actor = actorFor(row.roles[0]!);
  const result = applyAction(snap, action, payloadFor(action, snap), actor, ctxAt(now));
  if (!result.ok)
    throw new Error(`${where}: ${action} refused: ${result.error.code} ${result.error.message}`);
  expect(result.next.state, where).toBe(to ?? snap.state);
  expect(result.next.version, where).toBe(snap.version + 1);
  expect(result.event.fromState, where).toBe(snap.state);
  expect(result.event.toState, where).toBe(result.next.state);
  return result.next;
}

/**
 * Applies, once each and in table order, every self-loop action allowed in the state just
 * entered (so request_extension comes before its decision). Odd paths decide an extension
 * with deny_extension, even paths with grant_extension, so both get walked.
 */
function applySelfLoops(
  snap: CaseSnapshot,
  now: Date,
  pathIndex: number,
  taken: ActionName[],
  where: string,
) {
  const skip: ActionName = pathIndex % 2 === 1 ? 'grant_extension' : 'deny_extension';
  let current = snap;
  for (const action of SELF_LOOPS) {
    if (action === skip) continue;
    if (!(TRANSITIONS[action].from as readonly CaseState[]).includes(current.state)) continue;
    if (refusal(current, action, actorFor(TRANSITIONS[action].roles[0]!), ctxAt(now)) !== null) continue;
    current = step(current, action, now, where);
    taken.push(action);
  }
  return current;
}

function walk(path: Edge[], pathIndex: number): Walk {
  // Every third path starts as a public report naming no listed unit (单位待确定): set_unit is
  // then the first self-loop on arrival, before anything that concerns the unit.
  let snap = initialSnapshot(pathIndex % 3 === 0 ? null : UNIT_ID, CREATOR_ID);
  let now = new Date('2026-03-02T01:00:00.000Z');
  const visited: CaseState[] = [snap.state];
  const taken: ActionName[] = [];
  path.forEach((edge, i) => {
    const where = `path #${pathIndex} step ${i} (${edge.action})`;
    expect(snap.state, where).toBe(edge.from);
    // Self-loops ran on arrival, before the due date; refer_overdue needs the clock past it.
    now =
      edge.action === 'refer_overdue'
        ? new Date(Date.parse(snap.workflow.deadline!.dueAt) + 24 * HOUR)
        : new Date(now.getTime() + HOUR);
    if (edge.action === 'refer_overdue') {
      // Under PROPOSE_DECISION the sweeper had marked it first; the policy changed since.
      snap = step(snap, 'mark_overdue', now, where);
      taken.push('mark_overdue');
    }
    if (snap.unitId === null && !TRANSITIONS[edge.action].withoutUnit) {
      // An edge that concerns the unit, before any self-loop ran (merge from RECEIVED, say):
      // staff determine the unit first, as they would at triage.
      snap = step(snap, 'set_unit', now, where);
      taken.push('set_unit');
    }
    snap = step(snap, edge.action, now, where, edge.to);
    taken.push(edge.action);
    visited.push(snap.state);
    snap = edge.to === TERMINAL_STATE ? snap : applySelfLoops(snap, now, pathIndex, taken, where);
  });
  return { final: snap, visited, taken };
}

// Walked inside the tests (not at collection time) so a failing step shows as a failed test.
let walks: (Walk & { path: Edge[] })[] | undefined;
function allWalks() {
  walks ??= PATHS.map((path, i) => ({ path, ...walk(path, i) }));
  return walks;
}

describe('path generation', () => {
  it('finds a bounded, non-trivial set of paths, all ending in CLOSED', () => {
    expect(PATHS.length).toBeGreaterThan(10);
    expect(PATHS.length).toBeLessThan(5000);
    for (const p of PATHS) expect(p.at(-1)?.to).toBe(TERMINAL_STATE);
  });

  it('prunes only paths that raise a second objection, or propose a second 决定书', () => {
    expect(PRUNED.length).toBeGreaterThan(0);
    const count = (p: Edge[], a: ActionName) => p.filter((e) => e.action === a).length;
    for (const p of PRUNED)
      expect(count(p, 'object') === 2 || count(p, 'issue_decision') > 0, p.map((e) => e.action).join()).toBe(
        true,
      );
  });

  it('includes the shortest closures and the long objection/rejection loops', () => {
    const names = PATHS.map((p) => p.map((e) => e.action).join(' → '));
    expect(names).toContain('start_assessment → dismiss');
    expect(names).toContain(
      'start_assessment → open_investigation → draft_notice → approve_notice → submit_rectification → accept_rectification',
    );
    expect(names).toContain(
      [
        'start_assessment',
        'open_investigation',
        'draft_notice',
        'return_draft',
        'draft_notice',
        'approve_notice',
        'object',
        'dismiss_objection',
        'refer_overdue',
        'record_disposition',
      ].join(' → '),
    );
  });
});

describe.each(PATHS.map((path, i) => [i, path.map((e) => e.action).join(' → '), path] as const))(
  'path #%i: %s',
  (i, _name, path) => {
    it('walks every step and ends CLOSED with the last action’s outcome', () => {
      const w = walk(path, i);
      const last = TRANSITIONS[path.at(-1)!.action];
      expect(w.final.state).toBe('CLOSED');
      expect(w.final.outcome).toBe('outcome' in last ? last.outcome : undefined);
      expect(w.final.version).toBe(1 + w.taken.length);
    });
  },
);

describe('the closed loop as a whole', () => {
  it('every outcome is reachable', () => {
    const reached = new Set<CaseOutcome | null>(allWalks().map((w) => w.final.outcome));
    for (const outcome of OUTCOMES) expect(reached, outcome).toContain(outcome);
  });

  it('every state is reachable from RECEIVED', () => {
    const reached = new Set(allWalks().flatMap((w) => w.visited));
    expect([...reached].sort()).toEqual([...STATES].sort());
  });

  it('every non-terminal state has a way forward (no dead ends)', () => {
    for (const state of STATES.filter((s) => s !== TERMINAL_STATE)) {
      expect(
        EDGES.some((e) => e.from === state),
        state,
      ).toBe(true);
    }
  });

  it('CLOSED has no outgoing action: only the records product.md allows after closing, which keep it closed', () => {
    const fromClosed = ACTION_NAMES.filter((a) =>
      (TRANSITIONS[a].from as readonly CaseState[]).includes('CLOSED'),
    );
    expect(fromClosed.sort()).toEqual(
      ['issue_circular', 'propose_officer_action', 'record_officer_action_answer', 'refer_lead'].sort(),
    );
    for (const a of fromClosed) expect(TRANSITIONS[a].to, a).toBeNull();
  });

  it('every action appears on some walked path (self-loops included)', () => {
    const taken = new Set(allWalks().flatMap((w) => w.taken));
    for (const action of ACTION_NAMES) expect(taken, action).toContain(action);
  });

  it('a second extension request is honoured only after a new deadline', () => {
    const twice = allWalks().filter((w) => w.taken.filter((a) => a === 'request_extension').length === 2);
    expect(twice.length).toBeGreaterThan(0);
    for (const w of twice) {
      const between = w.taken.slice(
        w.taken.indexOf('request_extension') + 1,
        w.taken.lastIndexOf('request_extension'),
      );
      const resets = ['reject_rectification', 'dismiss_objection', 'issue_decision'];
      expect(between.some((a) => resets.includes(a))).toBe(true);
    }
  });

  it('refer_overdue records NOT_IMPLEMENTED once a rectification was rejected, else NO_REPLY', () => {
    const overdue = allWalks().filter((w) => w.taken.includes('refer_overdue'));
    const reasons = new Set(overdue.map((w) => w.final.workflow.referral?.reason));
    expect([...reasons].sort()).toEqual(['NOT_IMPLEMENTED', 'NO_REPLY']);
    for (const w of overdue) {
      const rejectedBefore =
        w.taken.indexOf('reject_rectification') !== -1 &&
        w.taken.indexOf('reject_rectification') < w.taken.indexOf('refer_overdue');
      expect(w.final.workflow.referral).toMatchObject({
        by: 'SYSTEM',
        reason: rejectedBefore ? 'NOT_IMPLEMENTED' : 'NO_REPLY',
      });
    }
  });
});
