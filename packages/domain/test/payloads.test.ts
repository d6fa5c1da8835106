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
import { type FieldLimit, LONG, NAME, SHORT } from './action-spec.ts';
import { sampleOf, specOf } from './action-specs.ts';
import { actorFor, citedFiles, ctxAt, fixtureFor, NOW } from './fixtures.ts';

// Payload validation through applyAction: role and state fit (the fixture of each action), so
// only the payload decides. Which fields each action carries, and their limits, come from the
// action's spec (test/actions/), written out there rather than read from TEXT_LIMITS.

type Limits = [field: string, limit: FieldLimit][];
const limitsOf = (action: ActionName, kind: FieldLimit['kind']): Limits =>
  Object.entries(specOf(action).fields).filter(([, f]) => f.kind === kind);

function run(action: ActionName, payload: unknown): ActionResult {
  const spec = specOf(action);
  const { snap, ctx } = fixtureFor(action, spec.from[0]!);
  return applyAction(snap, action, payload, actorFor(spec.who[0]!), {
    ...ctx,
    attachments: citedFiles(payload),
  });
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
  Object.entries(specOf(action).fields)
    .filter(([, f]) => f.need === 'required')
    .map(([name]) => name);

describe('limits used here agree with the domain', () => {
  it('long 10,000 · short 2,000 · name 100 · title 200', () => {
    expect(TEXT_LIMITS).toMatchObject({ long: LONG, short: SHORT, name: NAME, title: 200 });
  });
});

describe.each(ACTION_NAMES)('%s', (action) => {
  const valid = sampleOf(action);

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
    for (const [field, { max }] of limitsOf(action, 'text') as [string, { max: number }][]) {
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
    for (const [field] of [...limitsOf(action, 'text'), ...limitsOf(action, 'choice')]) {
      for (const wrong of [42, true, null, ['text'], { zh: 'text' }])
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    }
    for (const [field] of limitsOf(action, 'date'))
      for (const wrong of [42, true, null, '2026-13-45', '2026-03-10T10:00:00+08:00', ['x']])
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    for (const [field] of limitsOf(action, 'ids'))
      for (const wrong of [42, true, null, 'not-a-list', { a: 1 }])
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    for (const [field] of [...limitsOf(action, 'id'), ...limitsOf(action, 'instant')])
      for (const wrong of [42, true, null, 'not-an-id', '2026-13-45', ['x']])
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    for (const [field] of limitsOf(action, 'days'))
      for (const wrong of ['5', null, [5], true]) expectInvalid(action, { ...valid, [field]: wrong }, field);
  });

  it('accepts each option of a choice field and nothing else', () => {
    for (const [field, limit] of limitsOf(action, 'choice')) {
      const { options } = limit as { options: readonly string[] };
      for (const option of options) expectValid(action, { ...valid, [field]: option });
      for (const wrong of ['', options[0]!.toLowerCase(), 'OTHER', 1].filter(
        (w) => !options.includes(w as string),
      ))
        expectInvalid(action, { ...valid, [field]: wrong }, field);
    }
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
  const dayFields = ACTION_NAMES.flatMap((action) =>
    limitsOf(action, 'days').map(([field, limit]) => [action, field, limit] as const),
  );

  it('the specs name some', () => {
    expect(dayFields.length).toBeGreaterThan(0);
  });

  it.each(dayFields)('%s %s: whole numbers within the range only', (action, field, limit) => {
    const { min, max } = limit as { min: number; max: number };
    const valid = sampleOf(action);
    for (const wrong of [min - 1, max + 1, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectInvalid(action, { ...valid, [field]: wrong }, field);
    }
    for (const ok of [min, max]) expectValid(action, { ...valid, [field]: ok });
  });

  it('draft_notice: deadlineWorkingDays 0 / 61 / 1.5 are refused; omitted means the default (15, or the policy)', () => {
    const valid = sampleOf('draft_notice');
    for (const wrong of [0, 61, 1.5])
      expectInvalid('draft_notice', { ...valid, deadlineWorkingDays: wrong }, 'deadlineWorkingDays');
    const withoutDays = valid;
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

describe('officer ids', () => {
  const naming = ACTION_NAMES.flatMap((action) =>
    limitsOf(action, 'ids').map(([field, limit]) => [action, field, limit] as const),
  );

  it('the specs name some', () => {
    expect(naming.length).toBeGreaterThan(0);
  });

  it.each(naming)('%s %s: uuids, each once, from min to max of them', (action, field, limit) => {
    const { min, max } = limit as { min: number; max: number };
    const valid = sampleOf(action);
    const id = (i: number) => `6f1c2d3e-4b5a-4c6d-8e7f-${String(i).padStart(12, '0')}`;
    expectInvalid(action, { ...valid, [field]: ['not-a-uuid'] }, `${field}.0`);
    expectInvalid(action, { ...valid, [field]: [id(1), id(1)] }, field);
    expectInvalid(action, { ...valid, [field]: Array.from({ length: max + 1 }, (_, i) => id(i)) }, field);
    if (min > 0) expectInvalid(action, { ...valid, [field]: [] }, field);
  });
});

describe('attachments', () => {
  const citing = ACTION_NAMES.filter((a) => limitsOf(a, 'attachments').length > 0);

  it('the specs name some', () => {
    expect(citing.length).toBeGreaterThan(0);
  });

  it.each(citing)(
    '%s: attachment ids are UUIDs, at most 20, recorded as the files found, never raw',
    (action) => {
      const valid = sampleOf(action);
      expectInvalid(action, { ...valid, attachmentIds: ['not-a-uuid'] }, 'attachmentIds.0');
      expectInvalid(action, { ...valid, attachmentIds: 'ab' }, 'attachmentIds');
      const many = Array.from(
        { length: 21 },
        (_, i) => `6f1c2d3e-4b5a-4c6d-8e7f-${String(i).padStart(12, '0')}`,
      );
      expectInvalid(action, { ...valid, attachmentIds: many }, 'attachmentIds');
      const { event } = expectValid(action, { ...valid, attachmentIds: many.slice(0, 20) });
      expect(event.data).not.toHaveProperty('attachmentIds');
      expect(event.data.attachments).toEqual(citedFiles({ attachmentIds: many.slice(0, 20) }));
    },
  );

  it.each(citing)('%s: a cited id that is not a file of this case is UNKNOWN_ATTACHMENT (400)', (action) => {
    const spec = specOf(action);
    const { snap, ctx } = fixtureFor(action, spec.from[0]!);
    const known = '6f1c2d3e-4b5a-4c6d-8e7f-000000000001';
    const stranger = '6f1c2d3e-4b5a-4c6d-8e7f-000000000002';
    const result = applyAction(
      snap,
      action,
      { ...sampleOf(action), attachmentIds: [known, stranger] },
      actorFor(spec.who[0]!),
      { ...ctx, attachments: citedFiles({ attachmentIds: [known] }) },
    );
    expect(result.ok ? 'OK' : [result.error.reason, result.error.status]).toEqual([
      'UNKNOWN_ATTACHMENT',
      400,
    ]);
    if (!result.ok) expect(result.error.issues.map((i) => i.path)).toEqual(['attachmentIds.1']);
  });

  it('add_evidence needs a note or an attachment (the issue names note)', () => {
    expectInvalid('add_evidence', {}, 'note');
    expectInvalid('add_evidence', { attachmentIds: [] }, 'note');
    expectValid('add_evidence', { attachmentIds: ['6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e'] });
    const { event } = expectValid('add_evidence', { note: '现场照片' });
    expect(event.data).toEqual({ note: '现场照片', attachments: [] });
  });

  it('cited attachments are recorded from the context (id, hash, file name), not from the payload', () => {
    const { snap, ctx } = fixtureFor('add_evidence', 'INVESTIGATING');
    const id = '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e';
    const attachments = [{ id, sha256: 'ff'.repeat(32), fileName: '照片.jpg', extra: 'dropped' }];
    const payload = { note: 'x', attachmentIds: [id, id] };
    const result = applyAction(snap, 'add_evidence', payload, actorFor('CENTER_STAFF'), {
      ...ctx,
      attachments,
    });
    expect(result.ok && result.event.data.attachments).toEqual([
      { id, sha256: 'ff'.repeat(32), fileName: '照片.jpg' },
    ]);
  });
});

describe('empty payloads', () => {
  const empties = ACTION_NAMES.filter((a) => Object.keys(specOf(a).fields).length === 0);

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
      .filter((k) => !(k in sampleOf('dismiss')) && k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(extraKey, fc.anything(), { maxKeys: 5 }), (extra) => {
        const result = run('dismiss', { ...extra, ...sampleOf('dismiss') });
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(Object.keys(result.event.data).sort()).toEqual(['feedback', 'reason', 'reasonCode']);
      }),
      params,
    );
  });
});
