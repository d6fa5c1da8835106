import { describe, expect, it } from 'vitest';
import {
  activeBodyDeadline,
  applyAction,
  type CaseSnapshot,
  DEFAULT_OFFICE_PROFILE,
  indexedFacts,
  monitoringDeadlines,
  type TOfficeProfile,
} from '../src/index.ts';
import { sampleOf } from './action-specs.ts';
import { actorFor, CALENDAR, ctxAt, NOW, richSnapshot } from './fixtures.ts';

// product.md "Deadline basis": the body's own periods are deadlines too (the supervisor is
// supervised): answering an objection, and the government's decision on a proposed 决定书, both
// counted with the office profile's answerPeriod; shown yellow/red, never swept.

const director = actorFor('CENTER_DIRECTOR');
const government = actorFor('GOVERNMENT');
const leader = actorFor('UNIT_LEADER');
const withAnswerPeriod = (answerPeriod: TOfficeProfile['answerPeriod']) => ({
  ...structuredClone(DEFAULT_OFFICE_PROFILE),
  answerPeriod,
});

function step(snap: CaseSnapshot, action: string, actor = director, at = NOW, office?: TOfficeProfile) {
  const r = applyAction(
    snap,
    action as never,
    sampleOf(action as never),
    actor,
    ctxAt(at, office ? { officeProfile: office } : {}),
  );
  if (!r.ok) throw new Error(`${action} refused: ${r.error.reason}`);
  return r.next;
}

// NOW is Wednesday 4 March 2026, 10:00 in China; CALENDAR has no holidays.
describe('the body’s answer to an objection', () => {
  const awaiting = richSnapshot('AWAITING_REPLY');

  it('object sets it from the answerPeriod (default 15 calendar days), with 70 % yellow; not the indexed due date', () => {
    const rechecking = step(awaiting, 'object', leader);
    expect(rechecking.workflow.bodyDeadline).toEqual({
      kind: 'OBJECTION_ANSWER',
      startAt: NOW.toISOString(),
      basis: 'CALENDAR_DAYS',
      days: 15,
      dueAt: '2026-03-19T15:59:59.000Z',
      dueSoonAt: expect.any(String),
    });
    const b = rechecking.workflow.bodyDeadline!;
    const elapsed = (Date.parse(b.dueSoonAt) - NOW.getTime()) / (Date.parse(b.dueAt) - NOW.getTime());
    expect(elapsed).toBeCloseTo(0.7, 6);
    expect(activeBodyDeadline(rechecking)).toBe(b);
    // The sweeper reads the indexed due date only: a body deadline never triggers it.
    expect(indexedFacts(rechecking).dueAt).toBeNull();
  });

  it('working days skip the weekend; calendar days ending on a Saturday move to Monday (民法典 203)', () => {
    const working = step(
      awaiting,
      'object',
      leader,
      NOW,
      withAnswerPeriod({ basis: 'WORKING_DAYS', days: 10 }),
    );
    expect(working.workflow.bodyDeadline).toMatchObject({
      basis: 'WORKING_DAYS',
      days: 10,
      dueAt: '2026-03-18T15:59:59.000Z',
    });
    const calendar = step(
      awaiting,
      'object',
      leader,
      NOW,
      withAnswerPeriod({ basis: 'CALENDAR_DAYS', days: 3 }),
    );
    expect(calendar.workflow.bodyDeadline?.dueAt).toBe('2026-03-09T15:59:59.000Z');
  });

  it('ends when the director decides: uphold or dismiss', () => {
    const rechecking = step(awaiting, 'object', leader);
    for (const decision of ['uphold_objection', 'dismiss_objection']) {
      const next = step(rechecking, decision);
      expect(next.workflow.bodyDeadline).toBeNull();
      expect(activeBodyDeadline(next)).toBeNull();
    }
  });

  it('the board shows it as a BODY_ANSWER card: green, yellow at 70 %, red past due', () => {
    const rechecking = step(awaiting, 'object', leader);
    const b = rechecking.workflow.bodyDeadline!;
    const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);
    expect(monitoringDeadlines(rechecking, NOW, CALENDAR)).toEqual([
      { kind: 'BODY_ANSWER', dueAt: b.dueAt, status: 'ON_TRACK', workingDaysLeft: 11 },
    ]);
    expect(monitoringDeadlines(rechecking, at(b.dueSoonAt, 1000), CALENDAR)[0]?.status).toBe('DUE_SOON');
    expect(monitoringDeadlines(rechecking, at(b.dueAt, 1000), CALENDAR)[0]).toMatchObject({
      status: 'OVERDUE',
      workingDaysLeft: 0,
    });
  });
});

describe('the government’s decision on a proposed 决定书', () => {
  it('propose_decision sets a DECISION body deadline; issue or decline ends it', () => {
    const proposed = step(richSnapshot('AWAITING_REPLY'), 'propose_decision');
    expect(proposed.state).toBe('DECISION_PENDING');
    expect(proposed.workflow.bodyDeadline).toMatchObject({
      kind: 'DECISION',
      basis: 'CALENDAR_DAYS',
      days: 15,
      dueAt: '2026-03-19T15:59:59.000Z',
    });
    expect(monitoringDeadlines(proposed, NOW, CALENDAR).map((c) => c.kind)).toEqual(['BODY_DECISION']);
    for (const decision of ['issue_decision', 'decline_decision']) {
      const next = applyAction(
        proposed,
        decision as never,
        sampleOf(decision as never),
        government,
        ctxAt(NOW, { documentNumber: '决定〔2026〕1号' }),
      );
      if (!next.ok) throw new Error(next.error.reason);
      expect(next.next.workflow.bodyDeadline).toBeNull();
      expect(monitoringDeadlines(next.next, NOW, CALENDAR).map((c) => c.kind)).toEqual(['UNIT_REPLY']);
    }
  });
});
