import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type ActionContext,
  type ActionResult,
  allowedActions,
  applyAction,
  canUploadAttachment,
  canViewCase,
  isOccurredAfterToday,
  occurredAtAsOf,
  statusAfterAnswer,
  visibleHistory,
} from '../src/index.ts';
import { sampleOf } from './action-specs.ts';
import { actorFor, CASE_FIELDS, ctxAt, NOW, richSnapshot } from './fixtures.ts';

const NEW_UNIT_ID = '7d3f4c2a-1b2c-4d5e-8f90-123456789abc';

// The v2 actions' rules beyond role, state and field limits (issue 9): what the payload is
// checked against, and what the history and the derived rows keep.

const staff = actorFor('CENTER_STAFF');
const applied = (r: ActionResult) => {
  if (!r.ok) throw new Error(`${r.error.reason} ${JSON.stringify(r.error.issues)}`);
  return r;
};

describe('amend_case', () => {
  const snap = richSnapshot('INVESTIGATING', { notice: null, deadline: null, referral: null });
  const amend = (payload: Record<string, unknown>, ctx: Partial<ActionContext> = {}) =>
    applyAction(
      snap,
      'amend_case',
      payload,
      staff,
      ctxAt(NOW, { unit: { id: NEW_UNIT_ID, active: true }, ...ctx }),
    );

  it('records before and after of each changed field, and derives the new column values', () => {
    const r = applied(
      amend({
        title: '新标题',
        description: CASE_FIELDS.description,
        unitId: NEW_UNIT_ID,
        occurredAt: '2026-03-01T08:00:00+08:00',
        reason: '登记有误',
      }),
    );
    expect(r.event.data.changes).toEqual({
      title: { before: CASE_FIELDS.title, after: '新标题' },
      unitId: { before: CASE_FIELDS.unitId, after: NEW_UNIT_ID },
      occurredAt: { before: null, after: '2026-03-01T00:00:00.000Z' },
    });
    expect(r.derived).toEqual([
      {
        kind: 'caseFields',
        fields: { title: '新标题', unitId: NEW_UNIT_ID, occurredAt: '2026-03-01T00:00:00.000Z' },
      },
    ]);
    expect(r.next.state).toBe('INVESTIGATING');
    expect(r.event.data.reason).toBe('登记有误');
  });

  it('refuses a 发生日期 after today in China (400, naming occurredAt); any time of today is fine', () => {
    const r = amend({ ...sampleOf('amend_case'), occurredAt: '2026-03-05T00:00:00+08:00' });
    expect(r.ok ? null : [r.error.status, r.error.issues[0]?.path]).toEqual([400, 'occurredAt']);
    expect(amend({ ...sampleOf('amend_case'), occurredAt: '2026-03-04T23:59:59+08:00' }).ok).toBe(true);
  });

  it('takes "today" as China’s date on the clock, not UTC’s', () => {
    // 00:30 on 5 March in China is still 4 March in UTC: the 5th is today, the 6th is not.
    const now = new Date('2026-03-04T16:30:00Z');
    expect(isOccurredAfterToday('2026-03-05T09:00:00+08:00', now)).toBe(false);
    expect(isOccurredAfterToday('2026-03-06T00:00:00+08:00', now)).toBe(true);
    const schema = occurredAtAsOf(z.object({ occurredAt: z.string().optional() }), now);
    expect(schema.safeParse({ occurredAt: '2026-03-05T23:00:00+08:00' }).success).toBe(true);
    const refused = schema.safeParse({ occurredAt: '2026-03-06T00:00:00+08:00' });
    expect(refused.success ? null : refused.error.issues.map((i) => i.path.join('.'))).toEqual([
      'occurredAt',
    ]);
    expect(schema.safeParse({}).success).toBe(true);
  });

  it('refuses an unknown or inactive unit (400, naming unitId)', () => {
    for (const unit of [null, { id: NEW_UNIT_ID, active: false }]) {
      const r = amend({ unitId: NEW_UNIT_ID, reason: '单位登记错误' }, { unit });
      expect(r.ok ? null : [r.error.reason, r.error.status, r.error.issues[0]?.path]).toEqual([
        'UNKNOWN_UNIT',
        400,
        'unitId',
      ]);
    }
  });

  it('refuses an amendment that changes nothing (422 NOTHING_TO_AMEND)', () => {
    for (const payload of [
      { reason: '无' },
      { title: CASE_FIELDS.title, source: CASE_FIELDS.source, reason: '无' },
    ]) {
      const r = amend(payload);
      expect(r.ok ? null : [r.error.reason, r.error.status]).toEqual(['NOTHING_TO_AMEND', 422]);
    }
  });
});

describe('assign', () => {
  const snap = richSnapshot('AWAITING_REPLY');
  const other = '0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';
  const assign = (actor: ReturnType<typeof actorFor>, assigneeId: string, ctx: Partial<ActionContext> = {}) =>
    applyAction(snap, 'assign', { assigneeId }, actor, ctxAt(NOW, ctx));
  const reason = (r: ActionResult) => (r.ok ? 'OK' : `${r.error.reason} ${r.error.status}`);

  it('the director assigns anyone active of the center; the case keeps its state', () => {
    const found = { id: other, role: 'CENTER_DIRECTOR' as const, active: true };
    const r = applied(assign(actorFor('CENTER_DIRECTOR'), other, { assignee: found }));
    expect(r.next).toMatchObject({ state: 'AWAITING_REPLY', workflow: { assigneeId: other } });
    expect(r.event.data).toEqual({ assigneeId: other, previousAssigneeId: null });
  });

  it('staff only themselves (403 ASSIGN_SELF_ONLY)', () => {
    const found = { id: other, role: 'CENTER_STAFF' as const, active: true };
    expect(reason(assign(staff, other, { assignee: found }))).toBe('ASSIGN_SELF_ONLY 403');
    expect(reason(assign(staff, staff.kind === 'user' ? staff.id : ''))).toBe('OK');
  });

  it('refuses someone outside the center, inactive or unknown (400)', () => {
    const director = actorFor('CENTER_DIRECTOR');
    for (const found of [
      null,
      { id: other, role: 'UNIT_LEADER' as const, active: true },
      { id: other, role: 'CENTER_STAFF' as const, active: false },
    ])
      expect(reason(assign(director, other, { assignee: found }))).toBe('UNKNOWN_ASSIGNEE 400');
  });
});

describe('request_explanation / submit_explanation', () => {
  const investigating = richSnapshot('INVESTIGATING', { notice: null, deadline: null, referral: null });
  const leader = actorFor('UNIT_LEADER');

  it('the unit sees the case, and its history, from the request on; answers once', () => {
    expect(canViewCase(investigating, leader)).toBe(false);
    const asked = applied(
      applyAction(investigating, 'request_explanation', sampleOf('request_explanation'), staff, ctxAt(NOW)),
    );
    expect(asked.next.workflow.explanationRequest).toMatchObject({
      deadlineWorkingDays: 5,
      answeredAt: null,
    });
    // 5 working days after Wed 2026-03-04 on a Mon–Fri calendar: Wed 2026-03-11, 23:59:59 Shanghai.
    expect(asked.event.data.dueAt).toBe('2026-03-11T15:59:59.000Z');
    expect(canViewCase(asked.next, leader)).toBe(true);
    expect(canViewCase(asked.next, actorFor('UNIT_LEADER'))).toBe(true);
    expect(canUploadAttachment(asked.next, leader)).toBe(true);
    const history = [
      { action: 'register' },
      { action: 'open_investigation' },
      { action: 'request_explanation' },
    ];
    expect(visibleHistory(history, leader)).toEqual([{ action: 'request_explanation' }]);
    const again = applyAction(
      asked.next,
      'request_explanation',
      sampleOf('request_explanation'),
      staff,
      ctxAt(NOW),
    );
    expect(again.ok ? '' : again.error.reason).toBe('EXPLANATION_ALREADY_REQUESTED');
    const answered = applied(
      applyAction(asked.next, 'submit_explanation', sampleOf('submit_explanation'), leader, ctxAt(NOW)),
    );
    expect(answered.next.workflow.explanationRequest?.answeredAt).toBe(NOW.toISOString());
    expect(canViewCase(answered.next, leader)).toBe(true);
    const twice = applyAction(
      answered.next,
      'submit_explanation',
      sampleOf('submit_explanation'),
      leader,
      ctxAt(NOW),
    );
    expect(twice.ok ? '' : twice.error.reason).toBe('NO_OPEN_EXPLANATION_REQUEST');
    expect(allowedActions(answered.next, staff, ctxAt(NOW))).toContain('request_explanation');
  });
});

describe('summon (约谈)', () => {
  it('records a meeting held, refuses one in the future (400, naming heldAt)', () => {
    const director = actorFor('CENTER_DIRECTOR');
    const snap = richSnapshot('AWAITING_REPLY');
    const held = applied(applyAction(snap, 'summon', sampleOf('summon'), director, ctxAt(NOW)));
    expect(held.next.state).toBe('AWAITING_REPLY');
    expect(held.event.data).toMatchObject({ heldAt: sampleOf('summon').heldAt, attachments: [] });
    const future = applyAction(
      snap,
      'summon',
      { ...sampleOf('summon'), heldAt: '2026-03-05T09:00:00+08:00' },
      director,
      ctxAt(NOW),
    );
    expect(future.ok ? null : [future.error.status, future.error.issues[0]?.path]).toEqual([400, 'heldAt']);
  });
});

describe('propose_officer_action / record_officer_action_answer (处理建议, 条例 art. 32)', () => {
  const director = actorFor('CENTER_DIRECTOR');
  const OFFICER = sampleOf('propose_officer_action').officers as string[];
  const OTHER = '6f1c2d3e-4b5a-4c6d-8e7f-00000000beef';
  const closed = richSnapshot('CLOSED');
  const propose = (snap = closed, payload: Record<string, unknown> = {}, ctx: Partial<ActionContext> = {}) =>
    applyAction(
      snap,
      'propose_officer_action',
      { ...sampleOf('propose_officer_action'), ...payload },
      director,
      {
        ...ctxAt(NOW),
        ...ctx,
      },
    );

  it('an officer the registry does not hold is UNKNOWN_OFFICER (422), naming the entry', () => {
    const r = propose(closed, { officers: [OFFICER[0], OTHER] });
    expect(r.ok ? 'OK' : [r.error.reason, r.error.code, r.error.status]).toEqual([
      'UNKNOWN_OFFICER',
      'RULE_VIOLATION',
      422,
    ]);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['officers.1']);
  });

  it('records an open proposal (a derived row) with the officers’ names; a second one on the same officer is refused until answered', () => {
    const first = applied(propose());
    expect(first.next.state).toBe('CLOSED');
    expect(first.next.outcome).toBe(closed.outcome);
    expect(first.next.workflow.officerActions).toEqual([
      expect.objectContaining({ no: 1, officerIds: OFFICER, measure: 'REVOKE_QUALIFICATION', answer: null }),
    ]);
    expect(first.derived).toEqual([{ kind: 'officerAction', action: first.next.workflow.officerActions[0] }]);
    expect(first.event.data.officers).toEqual([
      { id: OFFICER[0], name: '马立新', certificateNo: '22030001001' },
    ]);
    const again = propose(first.next, { measure: 'CRITICISM' });
    expect(again.ok ? 'OK' : again.error.reason).toBe('OFFICER_ACTION_ALREADY_PROPOSED');
    // Another officer may be proposed on meanwhile.
    const ctx = {
      officers: [
        ...ctxAt(NOW).officers!,
        { id: OTHER, name: '李四', unitId: 'unit-1', certificateNo: '22030001009' },
      ],
    };
    expect(propose(first.next, { officers: [OTHER] }, ctx).ok).toBe(true);
    // Once answered, a new proposal on the same officer is allowed.
    const answered = applied(
      applyAction(
        first.next,
        'record_officer_action_answer',
        sampleOf('record_officer_action_answer'),
        staff,
        ctxAt(NOW),
      ),
    );
    expect(propose(answered.next, { measure: 'CRITICISM' }).ok).toBe(true);
  });

  it('the answer closes the oldest open proposal and derives the status change input; nothing open → NO_OPEN_OFFICER_ACTION', () => {
    const none = applyAction(
      closed,
      'record_officer_action_answer',
      sampleOf('record_officer_action_answer'),
      staff,
      ctxAt(NOW),
    );
    expect(none.ok ? 'OK' : [none.error.reason, none.error.status]).toEqual(['NO_OPEN_OFFICER_ACTION', 422]);
    expect(allowedActions(closed, staff, ctxAt(NOW))).not.toContain('record_officer_action_answer');
    const proposed = applied(propose()).next;
    expect(allowedActions(proposed, staff, ctxAt(NOW))).toContain('record_officer_action_answer');
    const r = applied(
      applyAction(
        proposed,
        'record_officer_action_answer',
        { result: 'NOT_ACCEPTED', answeredOn: '2026-03-10', text: '不予采纳' },
        director,
        ctxAt(NOW),
      ),
    );
    const action = r.next.workflow.officerActions[0]!;
    expect(action.answer).toEqual({
      accepted: false,
      answeredOn: '2026-03-10',
      text: '不予采纳',
      recordedAt: NOW.toISOString(),
    });
    expect(r.derived).toEqual([{ kind: 'officerActionAnswer', action, reason: '不予采纳' }]);
  });
});

describe('statusAfterAnswer (the mapping docs/registry.md documents)', () => {
  it('accepted: revocation → REVOKED, off-duty training / reassignment → SUSPENDED, criticism → unchanged; never milder', () => {
    expect(statusAfterAnswer('VALID', 'REVOKE_QUALIFICATION', true)).toBe('REVOKED');
    expect(statusAfterAnswer('VALID', 'OFF_DUTY_TRAINING', true)).toBe('SUSPENDED');
    expect(statusAfterAnswer('VALID', 'REASSIGNMENT', true)).toBe('SUSPENDED');
    expect(statusAfterAnswer('VALID', 'CRITICISM', true)).toBeNull();
    expect(statusAfterAnswer('SUSPENDED', 'REVOKE_QUALIFICATION', true)).toBe('REVOKED');
    expect(statusAfterAnswer('REVOKED', 'OFF_DUTY_TRAINING', true)).toBeNull();
    expect(statusAfterAnswer('SUSPENDED', 'REASSIGNMENT', true)).toBeNull();
  });

  it('not accepted: nothing changes', () => {
    for (const m of ['CRITICISM', 'OFF_DUTY_TRAINING', 'REASSIGNMENT', 'REVOKE_QUALIFICATION'] as const)
      expect(statusAfterAnswer('VALID', m, false)).toBeNull();
  });
});

describe('refer_lead (问题线索, 条例 art. 33)', () => {
  const director = actorFor('CENTER_DIRECTOR');
  const snap = richSnapshot('INVESTIGATING', { notice: null, deadline: null, referral: null });
  const lead = (payload: Record<string, unknown>) =>
    applyAction(snap, 'refer_lead', { ...sampleOf('refer_lead'), ...payload }, director, ctxAt(NOW));

  it('names registry officers and/or people outside it; neither is refused; an unknown id is UNKNOWN_OFFICER', () => {
    expect(lead({ officers: [], officerNames: '王五（协管员）' }).ok).toBe(true);
    const neither = lead({ officers: [] });
    expect(neither.ok ? 'OK' : [neither.error.reason, neither.error.issues.map((i) => i.path)]).toEqual([
      'INVALID_PAYLOAD',
      ['officerNames'],
    ]);
    const unknown = lead({ officers: ['6f1c2d3e-4b5a-4c6d-8e7f-00000000beef'] });
    expect(unknown.ok ? 'OK' : unknown.error.reason).toBe('UNKNOWN_OFFICER');
  });

  it('discipline (the 监察机关’s side) reads the case from the lead on', () => {
    const discipline = actorFor('DISCIPLINE');
    expect(canViewCase(snap, discipline)).toBe(false);
    const r = applied(lead({}));
    expect(canViewCase(r.next, discipline)).toBe(true);
    expect(r.event.data).toMatchObject({ targetOrgan: '四平市监察委员会', officers: [{ name: '马立新' }] });
  });
});

describe('issue_circular (通报, 条例 art. 31)', () => {
  const director = actorFor('CENTER_DIRECTOR');
  const snap = richSnapshot('CLOSED');
  const issue = (payload: Record<string, unknown>) =>
    applyAction(snap, 'issue_circular', { ...sampleOf('issue_circular'), ...payload }, director, ctxAt(NOW));

  it('a public one derives the 曝光台 row; naming the reporter (name or phone) is refused, other names stay', () => {
    const r = applied(issue({ text: '执法人员马立新未出示证件，予以通报。' }));
    expect(r.derived).toEqual([
      {
        kind: 'circular',
        scope: 'PUBLIC',
        text: '执法人员马立新未出示证件，予以通报。',
        issuedAt: NOW.toISOString(),
      },
    ]);
    for (const text of ['举报人张三反映……', '联系电话13800000000'])
      expect(issue({ text }).ok ? 'OK' : issue({ text }).ok === false && 'refused').toBe('refused');
    const named = issue({ text: '举报人张三反映……' });
    expect(named.ok ? 'OK' : [named.error.reason, named.error.status]).toEqual([
      'REPORTER_IN_PUBLIC_CIRCULAR',
      422,
    ]);
    // An internal circular may say who reported.
    expect(issue({ scope: 'INTERNAL', text: '举报人张三反映……' }).ok).toBe(true);
  });
});
