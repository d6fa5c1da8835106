import { describe, expect, it } from 'vitest';
import { createCalendar } from '../src/calendar/calendar.ts';
import { OFFICIAL_WITH_FALLBACK as official } from '../src/calendar/test-calendars.ts';
import {
  applyAction,
  type CaseSnapshot,
  canViewCase,
  DEFAULT_OFFICE_PROFILE,
  deadlineShift,
  overdueSweepAction,
  type TOfficeProfile,
  ZWorkflowFacts,
} from '../src/index.ts';
import { sampleOf } from './action-specs.ts';
import { AFTER_DUE, actorFor, ctxAt, NOW, richSnapshot, userActor } from './fixtures.ts';

// The 2026 条例 in the loop: instruments, their periods, the objection window, the 决定书 path
// and the overdue policy (product.md "The 2026 条例 in the workflow (v2)").

const staff = actorFor('CENTER_STAFF');
const director = actorFor('CENTER_DIRECTOR');
const government = actorFor('GOVERNMENT');
const leader = actorFor('UNIT_LEADER');
const investigating = richSnapshot('INVESTIGATING', { draftNotice: null, notice: null, deadline: null });
const draft = { ...sampleOf('draft_notice'), instrument: 'OPINION' };

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify((r as { error?: unknown }).error)}`);
  return r as Extract<T, { ok: true }>;
};
const refusedWith = (r: ReturnType<typeof applyAction>) => (r.ok ? 'OK' : [r.error.reason, r.error.status]);
const profileWith = (change: (p: TOfficeProfile) => TOfficeProfile) =>
  change(structuredClone(DEFAULT_OFFICE_PROFILE));

describe('draft_notice: instrument and deadline', () => {
  it('a calendar-day and a working-day deadline together are refused (400, nothing drafted)', () => {
    const r = applyAction(
      investigating,
      'draft_notice',
      { ...draft, deadlineWorkingDays: 10, deadlineCalendarDays: 30 },
      staff,
      ctxAt(NOW),
    );
    expect(refusedWith(r)).toEqual(['INVALID_PAYLOAD', 400]);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['deadlineCalendarDays']);
  });

  it('neither: the instrument’s default from the office profile, on its own basis', () => {
    const office = profileWith((p) => {
      p.instruments.OPINION.deadline = { basis: 'CALENDAR_DAYS', days: 20 };
      p.instruments.URGING_LETTER.deadline = { basis: 'WORKING_DAYS', days: 12 };
      return p;
    });
    const opinion = ok(
      applyAction(investigating, 'draft_notice', draft, staff, ctxAt(NOW, { officeProfile: office })),
    );
    expect(opinion.next.workflow.draftNotice).toMatchObject({
      instrument: 'OPINION',
      deadlineWorkingDays: null,
      deadlineCalendarDays: 20,
    });
    const urging = ok(
      applyAction(investigating, 'draft_notice', { ...draft, instrument: 'URGING_LETTER' }, staff, {
        ...ctxAt(NOW),
        officeProfile: office,
      }),
    );
    expect(urging.next.workflow.draftNotice).toMatchObject({
      deadlineWorkingDays: 12,
      deadlineCalendarDays: null,
    });
  });

  it('an instrument the office profile switched off is refused with INSTRUMENT_DISABLED (422)', () => {
    const office = profileWith((p) => {
      p.instruments.OPINION.enabled = false;
      return p;
    });
    const r = applyAction(investigating, 'draft_notice', draft, staff, ctxAt(NOW, { officeProfile: office }));
    expect(refusedWith(r)).toEqual(['INSTRUMENT_DISABLED', 422]);
  });

  it('approving a 30-calendar-day 意见书 on 2026-09-05 makes it due 2026-10-08 (after 国庆)', () => {
    const drafted = ok(
      applyAction(investigating, 'draft_notice', { ...draft, deadlineCalendarDays: 30 }, staff, ctxAt(NOW)),
    ).next;
    const issuedAt = new Date('2026-09-05T02:00:00.000Z');
    const approved = ok(
      applyAction({ ...drafted, state: 'NOTICE_PENDING_APPROVAL' }, 'approve_notice', {}, director, {
        now: issuedAt,
        calendar: official,
        documentNumber: '执监意〔2026〕1号',
      }),
    );
    expect(approved.next.workflow.notice).toMatchObject({
      instrument: 'OPINION',
      number: '执监意〔2026〕1号',
    });
    expect(approved.next.workflow.deadline).toMatchObject({ basis: 'CALENDAR_DAYS', days: 30 });
    expect(approved.next.workflow.deadline?.dueAt).toBe('2026-10-08T15:59:59.000Z');
    expect(approved.derived).toEqual([{ kind: 'notice', notice: approved.next.workflow.notice }]);
  });

  it('a calendar-day deadline is recomputed when the calendar changes', () => {
    const snap = richSnapshot('AWAITING_REPLY', {
      deadline: {
        seq: 1,
        startAt: '2026-09-05T02:00:00.000Z',
        basis: 'CALENDAR_DAYS',
        days: 30,
        extensions: [],
        dueAt: '2026-10-08T15:59:59.000Z',
        dueSoonAt: '2026-09-29T00:00:00.000Z',
      },
    });
    // A plain Mon–Fri calendar: 10-05 is a Monday and a working day.
    const shift = deadlineShift(snap, official, createCalendar([]));
    expect(shift?.next?.workflow.deadline?.dueAt).toBe('2026-10-05T15:59:59.000Z');
  });

  it('v1 rows (working days, no instrument) still read', () => {
    const facts = ZWorkflowFacts.parse({
      notice: {
        number: '执监通〔2026〕1号',
        issuedAt: '2026-03-02T02:00:00.000Z',
        findings: 'f',
        legalBasis: 'l',
        requiredRectification: 'r',
        deadlineWorkingDays: 15,
      },
      deadline: {
        seq: 1,
        startAt: '2026-03-02T02:00:00.000Z',
        workingDays: 15,
        extensions: [],
        dueAt: 'x',
        dueSoonAt: 'y',
      },
    });
    expect(facts.notice).toMatchObject({
      instrument: 'NOTICE',
      deadlineWorkingDays: 15,
      deadlineCalendarDays: null,
    });
    expect(facts.deadline).toMatchObject({ basis: 'WORKING_DAYS', days: 15 });
  });
});

describe('the objection window', () => {
  const awaiting = richSnapshot('AWAITING_REPLY');
  const grounds = sampleOf('object');

  it('an objection within the window is taken; after its last day it is OBJECTION_WINDOW_CLOSED (422)', () => {
    // Issued Mon 2026-03-02; 15 calendar days → Tue 03-17 (a working day), 23:59:59.
    expect(
      applyAction(awaiting, 'object', grounds, leader, ctxAt(new Date('2026-03-17T15:59:59.000Z'))).ok,
    ).toBe(true);
    const late = applyAction(
      awaiting,
      'object',
      grounds,
      leader,
      ctxAt(new Date('2026-03-17T16:00:00.000Z')),
    );
    expect(refusedWith(late)).toEqual(['OBJECTION_WINDOW_CLOSED', 422]);
  });

  it('follows the office profile’s window', () => {
    const office = profileWith((p) => ({ ...p, objectionWindow: { basis: 'WORKING_DAYS', days: 5 } }));
    const r = applyAction(
      awaiting,
      'object',
      grounds,
      leader,
      ctxAt(new Date('2026-03-10T02:00:00.000Z'), {
        officeProfile: office,
      }),
    );
    expect(refusedWith(r)).toEqual(['OBJECTION_WINDOW_CLOSED', 422]);
  });

  it('objections are decided by the director, not by staff', () => {
    const rechecking = richSnapshot('RECHECKING');
    const payload = sampleOf('dismiss_objection');
    expect(refusedWith(applyAction(rechecking, 'dismiss_objection', payload, staff, ctxAt(NOW)))).toEqual([
      'ROLE_NOT_ALLOWED',
      403,
    ]);
    expect(applyAction(rechecking, 'dismiss_objection', payload, director, ctxAt(NOW)).ok).toBe(true);
  });
});

describe('the 决定书 path', () => {
  const propose = sampleOf('propose_decision');

  function proposed(from: CaseSnapshot['state'], payload: Record<string, unknown> = propose) {
    return ok(applyAction(richSnapshot(from), 'propose_decision', payload, director, ctxAt(AFTER_DUE))).next;
  }

  it('propose → DECISION_PENDING; only GOVERNMENT decides (403 for everyone else)', () => {
    const pending = proposed('AWAITING_REPLY');
    expect(pending.state).toBe('DECISION_PENDING');
    expect(pending.workflow.decisionProposal).toMatchObject({
      deadlineCalendarDays: 30,
      deadlineWorkingDays: null,
      returnTo: 'AWAITING_REPLY',
    });
    for (const kind of ['CENTER_STAFF', 'CENTER_DIRECTOR', 'UNIT_LEADER', 'DISCIPLINE', 'ADMIN'] as const) {
      for (const action of ['issue_decision', 'decline_decision'] as const)
        expect(
          refusedWith(applyAction(pending, action, sampleOf(action), actorFor(kind), ctxAt(AFTER_DUE))),
        ).toEqual(['ROLE_NOT_ALLOWED', 403]);
    }
  });

  it('both deadline kinds in a proposal are refused (400)', () => {
    const r = applyAction(
      richSnapshot('AWAITING_REPLY'),
      'propose_decision',
      { ...propose, deadlineWorkingDays: 5, deadlineCalendarDays: 5 },
      director,
      ctxAt(NOW),
    );
    expect(refusedWith(r)).toEqual(['INVALID_PAYLOAD', 400]);
  });

  it('issue_decision issues a numbered 决定书 with its own deadline; it becomes the current notice', () => {
    const pending = proposed('AWAITING_REPLY', { ...propose, deadlineWorkingDays: 10 });
    const now = new Date('2026-03-25T02:00:00.000Z');
    const issued = ok(
      applyAction(
        pending,
        'issue_decision',
        {},
        government,
        ctxAt(now, { documentNumber: '执监决〔2026〕1号' }),
      ),
    );
    expect(issued.next.state).toBe('AWAITING_REPLY');
    expect(issued.next.workflow.notice).toMatchObject({
      instrument: 'DECISION',
      number: '执监决〔2026〕1号',
      findings: propose.grounds,
      requiredRectification: propose.requiredRectification,
      deadlineWorkingDays: 10,
    });
    expect(issued.next.workflow.deadline).toMatchObject({ seq: 2, basis: 'WORKING_DAYS', days: 10 });
    // 10 working days after Wed 03-25 on Mon–Fri: Mar 26, 27, 30, 31, Apr 1, 2, 3, 6, 7, 8.
    expect(issued.next.workflow.deadline?.dueAt).toBe('2026-04-08T15:59:59.000Z');
    expect(issued.next.workflow.acknowledgedAt).toBeNull();
    expect(issued.derived.map((d) => (d.kind === 'notice' ? d.notice.instrument : d.kind))).toEqual([
      'DECISION',
    ]);
    // No second 决定书 once one is issued.
    expect(refusedWith(applyAction(issued.next, 'propose_decision', propose, director, ctxAt(now)))).toEqual([
      'DECISION_ALREADY_ISSUED',
      422,
    ]);
  });

  it('decline_decision returns the case to the state the proposal came from', () => {
    for (const from of ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'] as const) {
      const declined = ok(
        applyAction(
          proposed(from),
          'decline_decision',
          sampleOf('decline_decision'),
          government,
          ctxAt(AFTER_DUE),
        ),
      );
      expect(declined.next.state).toBe(from);
      expect(declined.event.toState).toBe(from);
      expect(declined.next.workflow.decisionProposal).toBeNull();
    }
  });

  it('the government sees a case once a decision was proposed to it (declined too); not before', () => {
    const gov = userActor('GOVERNMENT');
    expect(canViewCase(richSnapshot('AWAITING_REPLY'), gov)).toBe(false);
    expect(canViewCase(proposed('AWAITING_REPLY'), gov)).toBe(true);
    const declined = ok(
      applyAction(
        proposed('AWAITING_REPLY'),
        'decline_decision',
        sampleOf('decline_decision'),
        government,
        ctxAt(AFTER_DUE),
      ),
    ).next;
    expect(canViewCase(declined, gov)).toBe(true);
  });
});

describe('the overdue policy', () => {
  const awaiting = richSnapshot('AWAITING_REPLY');

  it('REFER_TO_DISCIPLINE refers; PROPOSE_DECISION marks; an ignored 决定书 is referred whatever the policy', () => {
    expect(overdueSweepAction(awaiting, 'REFER_TO_DISCIPLINE')).toBe('refer_overdue');
    expect(overdueSweepAction(awaiting, 'PROPOSE_DECISION')).toBe('mark_overdue');
    const decided = richSnapshot('AWAITING_REPLY', {
      notice: { ...awaiting.workflow.notice!, instrument: 'DECISION' },
    });
    expect(overdueSweepAction(decided, 'PROPOSE_DECISION')).toBe('refer_overdue');
  });

  it('mark_overdue queues the case for the director once per deadline; a new deadline may be marked again', () => {
    const system = actorFor('SYSTEM');
    const marked = ok(
      applyAction(awaiting, 'mark_overdue', { reason: 'NO_REPLY' }, system, ctxAt(AFTER_DUE)),
    );
    expect(marked.next.state).toBe('AWAITING_REPLY');
    expect(marked.next.workflow.decisionQueue).toEqual({ deadlineSeq: 1, at: AFTER_DUE.toISOString() });
    expect(
      refusedWith(applyAction(marked.next, 'mark_overdue', { reason: 'NO_REPLY' }, system, ctxAt(AFTER_DUE))),
    ).toEqual(['ALREADY_QUEUED_FOR_DECISION', 422]);
    expect(
      refusedWith(applyAction(awaiting, 'mark_overdue', { reason: 'NO_REPLY' }, system, ctxAt(NOW))),
    ).toEqual(['DEADLINE_NOT_PASSED', 422]);
    // While a decision is pending the case is not in the sweep's states at all.
    const pending = ok(
      applyAction(marked.next, 'propose_decision', sampleOf('propose_decision'), director, ctxAt(AFTER_DUE)),
    ).next;
    expect(
      refusedWith(applyAction(pending, 'refer_overdue', { reason: 'NO_REPLY' }, system, ctxAt(AFTER_DUE))),
    ).toEqual(['STATE_NOT_ALLOWED', 422]);
  });
});
