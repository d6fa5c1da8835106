import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  type ActionName,
  type ActionResult,
  applyAction,
  DomainError,
  TEXT_LIMITS,
  ZCreateCaseRequest,
} from '../src/index.ts';
import { EXPECTED_TABLE } from './expected-table.ts';
import { actorFor, ctxAt, fixtureFor, NOW, VALID_PAYLOADS } from './fixtures.ts';

// Payload validation through applyAction: role and state fit (the fixture of each action), so
// only the payload decides. Limits are written out here, not read from TEXT_LIMITS, except to
// check that the two agree.

const LONG = 10_000;
const SHORT = 2_000;
const NAME = 100;

/** Text fields per action with their maximum length (product.md's "must carry", api-contract names). */
const TEXT_FIELDS: Record<ActionName, Record<string, number>> = {
  start_assessment: {},
  dismiss: { reason: LONG, feedback: LONG },
  transfer_out: { targetOrgan: NAME, reason: LONG, feedback: LONG },
  open_investigation: {},
  add_evidence: { note: LONG },
  conclude_no_violation: { findings: LONG, feedback: LONG },
  draft_notice: { findings: LONG, legalBasis: LONG, requiredRectification: LONG },
  return_draft: { comment: SHORT },
  approve_notice: {},
  acknowledge: {},
  submit_rectification: { report: LONG },
  object: { grounds: LONG },
  accept_rectification: { feedback: LONG },
  reject_rectification: { reasons: LONG },
  uphold_objection: { findings: LONG, feedback: LONG },
  dismiss_objection: { reasons: LONG },
  request_extension: { reason: LONG },
  grant_extension: { comment: SHORT },
  deny_extension: { comment: SHORT },
  refer_overdue: {},
  refer: { reason: LONG },
  accept_referral: {},
  record_disposition: { disposition: SHORT, decision: LONG, feedback: LONG },
};

/** Whole-number fields: [field, min, max]. */
const DAY_FIELDS: Partial<Record<ActionName, [string, number, number]>> = {
  draft_notice: ['deadlineWorkingDays', 1, 60],
  reject_rectification: ['newDeadlineWorkingDays', 1, 60],
  dismiss_objection: ['newDeadlineWorkingDays', 1, 60],
  request_extension: ['extraWorkingDays', 1, 30],
};

const ATTACHMENT_ACTIONS: ActionName[] = ['add_evidence', 'submit_rectification', 'object'];

function run(action: ActionName, payload: unknown): ActionResult {
  const kind = EXPECTED_TABLE[action].roles[0];
  const state = EXPECTED_TABLE[action].from[0];
  const { snap, ctx } = fixtureFor(action, state);
  return applyAction(snap, action, payload, actorFor(kind), ctx);
}

function expectInvalid(action: ActionName, payload: unknown, path: string) {
  const result = run(action, payload);
  expect(result.ok, `${action} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_PAYLOAD');
  expect(result.error.status).toBe(400);
  expect(result.error.issues.map((i) => i.path)).toContain(path);
  for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
}

function expectValid(action: ActionName, payload: unknown) {
  const result = run(action, payload);
  if (!result.ok) throw new Error(`${action}: ${result.error.code} ${JSON.stringify(result.error.issues)}`);
  return result;
}

const requiredFields = (action: ActionName) =>
  Object.entries(EXPECTED_TABLE[action].fields)
    .filter(([, need]) => need === 'required')
    .map(([f]) => f);

describe('limits used here agree with the domain', () => {
  it('long 10,000 · short 2,000 · name 100 · title 200', () => {
    expect(TEXT_LIMITS).toMatchObject({ long: LONG, short: SHORT, name: NAME, title: 200 });
  });
});

describe.each(ACTION_NAMES)('%s', (action) => {
  const valid = VALID_PAYLOADS[action] as Record<string, unknown>;

  it('accepts the valid payload', () => {
    expectValid(action, valid);
  });

  it('rejects each missing required field, naming it', () => {
    for (const field of requiredFields(action)) {
      const { [field]: _omitted, ...rest } = valid;
      expectInvalid(action, rest, field);
    }
  });

  it('rejects empty, whitespace-only and too long text, and accepts text at the limit', () => {
    for (const [field, max] of Object.entries(TEXT_FIELDS[action])) {
      expectInvalid(action, { ...valid, [field]: '' }, field);
      expectInvalid(action, { ...valid, [field]: ' \t\n　' }, field);
      expectInvalid(action, { ...valid, [field]: '字'.repeat(max + 1) }, field);
      expectValid(action, { ...valid, [field]: '字'.repeat(max) });
      // Surrounding spaces are trimmed before counting and before recording.
      const padded = expectValid(action, { ...valid, [field]: `  ${'字'.repeat(max)}  ` });
      if (field in padded.event.data) expect(padded.event.data[field]).toBe('字'.repeat(max));
    }
  });

  it('rejects wrong types for every field', () => {
    for (const field of Object.keys(TEXT_FIELDS[action])) {
      for (const wrong of [42, true, null, ['text'], { zh: 'text' }])
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    }
    const days = DAY_FIELDS[action];
    if (days)
      for (const wrong of ['5', null, [5], true])
        expectInvalid(action, { ...valid, [days[0]]: wrong }, days[0]);
  });

  it('rejects a non-object payload', () => {
    for (const wrong of ['reason', 42, true, [valid], ['a']]) {
      const result = run(action, wrong);
      expect(result.ok ? 'OK' : result.error.code).toBe('INVALID_PAYLOAD');
    }
  });

  it('drops unknown fields from the recorded event', () => {
    const { event } = expectValid(action, { ...valid, injected: '<script>', __proto__x: 1, state: 'CLOSED' });
    expect(event.data).not.toHaveProperty('injected');
    expect(event.data).not.toHaveProperty('__proto__x');
    expect(event.data).not.toHaveProperty('state');
  });
});

describe('working-day numbers', () => {
  it.each(Object.entries(DAY_FIELDS) as [ActionName, [string, number, number]][])(
    '%s: whole numbers within the range only',
    (action, [field, min, max]) => {
      const valid = VALID_PAYLOADS[action] as Record<string, unknown>;
      for (const wrong of [min - 1, max + 1, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expectInvalid(action, { ...valid, [field]: wrong }, field);
      }
      for (const ok of [min, max]) expectValid(action, { ...valid, [field]: ok });
    },
  );

  it('draft_notice: deadlineWorkingDays 0 / 61 / 1.5 are refused; omitted means the default (15, or the policy)', () => {
    const valid = VALID_PAYLOADS.draft_notice;
    for (const wrong of [0, 61, 1.5])
      expectInvalid('draft_notice', { ...valid, deadlineWorkingDays: wrong }, 'deadlineWorkingDays');
    const { deadlineWorkingDays: _d, ...withoutDays } = valid;
    const plain = expectValid('draft_notice', withoutDays);
    expect(plain.next.workflow.draftNotice?.deadlineWorkingDays).toBe(15);
    const { snap } = fixtureFor('draft_notice', 'INVESTIGATING');
    const policy = applyAction(snap, 'draft_notice', withoutDays, actorFor('CENTER_STAFF'), {
      ...ctxAt(NOW),
      defaultDeadlineWorkingDays: 20,
    });
    expect(policy.ok && policy.next.workflow.draftNotice?.deadlineWorkingDays).toBe(20);
  });
});

describe('attachments', () => {
  it.each(ATTACHMENT_ACTIONS)(
    '%s: attachment ids are UUIDs, at most 20, and never recorded raw',
    (action) => {
      const valid = VALID_PAYLOADS[action] as Record<string, unknown>;
      expectInvalid(action, { ...valid, attachmentIds: ['not-a-uuid'] }, 'attachmentIds.0');
      expectInvalid(action, { ...valid, attachmentIds: 'ab' }, 'attachmentIds');
      const many = Array.from(
        { length: 21 },
        (_, i) => `6f1c2d3e-4b5a-4c6d-8e7f-${String(i).padStart(12, '0')}`,
      );
      expectInvalid(action, { ...valid, attachmentIds: many }, 'attachmentIds');
      const { event } = expectValid(action, { ...valid, attachmentIds: many.slice(0, 20) });
      expect(event.data).not.toHaveProperty('attachmentIds');
    },
  );

  it('add_evidence needs a note or an attachment (the issue names note)', () => {
    expectInvalid('add_evidence', {}, 'note');
    expectInvalid('add_evidence', { attachmentIds: [] }, 'note');
    expectValid('add_evidence', { attachmentIds: ['6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e'] });
    const { event } = expectValid('add_evidence', { note: '现场照片' });
    expect(event.data).toEqual({ note: '现场照片', attachments: [] });
  });

  it('cited attachments are recorded from the context (id, hash, file name), not from the payload', () => {
    const { snap, ctx } = fixtureFor('add_evidence', 'INVESTIGATING');
    const attachments = [{ id: 'a1', sha256: 'ff'.repeat(32), fileName: '照片.jpg', extra: 'dropped' }];
    const result = applyAction(snap, 'add_evidence', { note: 'x' }, actorFor('CENTER_STAFF'), {
      ...ctx,
      attachments,
    });
    expect(result.ok && result.event.data.attachments).toEqual([
      { id: 'a1', sha256: 'ff'.repeat(32), fileName: '照片.jpg' },
    ]);
  });
});

describe('refer_overdue reason', () => {
  it('is NO_REPLY or NOT_IMPLEMENTED only', () => {
    expectValid('refer_overdue', { reason: 'NOT_IMPLEMENTED' });
    for (const wrong of ['no_reply', 'LAZY', '', 1])
      expectInvalid('refer_overdue', { reason: wrong }, 'reason');
    expectInvalid('refer_overdue', {}, 'reason');
  });
});

describe('empty payloads', () => {
  const empties = ACTION_NAMES.filter((a) => Object.keys(EXPECTED_TABLE[a].fields).length === 0);

  it.each(empties)('%s: undefined, null and {} are all accepted; extra fields are not recorded', (action) => {
    for (const payload of [undefined, null, {}]) expectValid(action, payload);
    const { event } = expectValid(action, { note: 'ignored' });
    expect(event.data).not.toHaveProperty('note');
  });
});

describe('ZCreateCaseRequest', () => {
  const valid = {
    source: 'PUBLIC_COMPLAINT',
    title: '城管执法未出示证件',
    description: '2026年3月1日在人民大街，城管队员未出示执法证件即扣押摊位物品。',
    unitId: '0b6f0c3a-3d2e-4f1a-9b8c-7d6e5f4a3b2c',
    reporter: { name: '张三', phone: '138 0000 0000' },
  };
  const paths = (input: unknown) => {
    const r = ZCreateCaseRequest.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts a valid request and a title of exactly 200 characters', () => {
    expect(paths(valid)).toEqual([]);
    expect(paths({ ...valid, title: '题'.repeat(200) })).toEqual([]);
    expect(paths({ ...valid, reporter: { anonymous: true } })).toEqual([]);
  });

  it('rejects a title over 200 characters, an empty one and a missing one, naming title', () => {
    expect(paths({ ...valid, title: '题'.repeat(201) })).toEqual(['title']);
    expect(paths({ ...valid, title: '   ' })).toEqual(['title']);
    const { title: _t, ...noTitle } = valid;
    expect(paths(noTitle)).toEqual(['title']);
  });

  it('rejects a description over 10,000 characters, a bad source, unit or reporter', () => {
    expect(paths({ ...valid, description: 'x'.repeat(10_001) })).toEqual(['description']);
    expect(paths({ ...valid, source: 'RUMOUR' })).toEqual(['source']);
    expect(paths({ ...valid, unitId: 'unit-1' })).toEqual(['unitId']);
    expect(paths({ ...valid, reporter: {} })).toEqual(['reporter.name']);
    expect(paths({ ...valid, reporter: { name: '张三', phone: 'call me' } })).toEqual(['reporter.phone']);
    expect(paths({ ...valid, occurredAt: '2026-03-01 10:00' })).toEqual(['occurredAt']);
  });
});

describe('properties', () => {
  const arbAction = fc.constantFrom(...ACTION_NAMES);
  const params = { seed: 20_260_302, numRuns: 300 };

  it('any payload whatsoever: applyAction never throws, and a failure is INVALID_PAYLOAD with issues', () => {
    fc.assert(
      fc.property(arbAction, fc.anything(), (action, payload) => {
        const result = run(action, payload);
        if (result.ok) return;
        expect(result.error).toBeInstanceOf(DomainError);
        expect(result.error.code).toBe('INVALID_PAYLOAD');
        expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('non-object payloads (other than null/undefined) are always INVALID_PAYLOAD', () => {
    const nonObject = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.bigInt(),
      fc.array(fc.anything()),
      fc.constant(Symbol('x')),
    );
    fc.assert(
      fc.property(arbAction, nonObject, (action, payload) => {
        const result = run(action, payload);
        expect(result.ok ? 'OK' : result.error.code).toBe('INVALID_PAYLOAD');
      }),
      params,
    );
  });

  it('objects with random extra keys: only known fields reach the event, never the extra keys', () => {
    const extraKey = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !(k in VALID_PAYLOADS.dismiss) && k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(extraKey, fc.anything(), { maxKeys: 5 }), (extra) => {
        const result = run('dismiss', { ...extra, ...VALID_PAYLOADS.dismiss });
        expect(result.ok).toBe(true);
        if (result.ok) expect(Object.keys(result.event.data).sort()).toEqual(['feedback', 'reason']);
      }),
      params,
    );
  });
});
