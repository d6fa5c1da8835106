import { en, type RefusalReason, zhCN } from '@sp/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, PAYLOADS, rowCounts, step } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, type Response, type TestApp } from './helper.ts';

// Every refusal of the domain reaches the client as problem+json with the api-contract `code`
// (FORBIDDEN, WRONG_STATE, RULE_VIOLATION, VALIDATION), the domain's `reason`, and the reason's
// words from the copy modules as the detail ("中文 / English"). Nothing is written.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const as = async (user: DemoUser) => t.as(user);

type Case = {
  reason: RefusalReason;
  status: number;
  code: string;
  /** Sets the case up and returns the refused request, not yet sent. */
  prepare: () => Promise<() => Promise<Response>>;
};

/** The request `user` will send: an action on `caseId`, or a registration. */
const actAs =
  (user: DemoUser, caseId: string, action: string, payload: Record<string, unknown> = {}) =>
  async () =>
    (await as(user)).act(caseId, action, payload);

const REGISTRATION = {
  source: 'HOTLINE',
  title: '执法人员检查时未出示证件',
  description: '投诉人反映执法人员检查时未按规定出示执法证件。',
  get unitId() {
    return t.unitIds.unit1;
  },
};

const CASES: Case[] = [
  {
    reason: 'ROLE_NOT_ALLOWED',
    status: 403,
    code: 'FORBIDDEN',
    prepare: async () => actAs('staff', (await caseIn(t, 'NOTICE_PENDING_APPROVAL')).id, 'approve_notice'),
  },
  {
    reason: 'STATE_NOT_ALLOWED',
    status: 422,
    code: 'WRONG_STATE',
    prepare: async () => actAs('staff', (await caseIn(t, 'ASSESSING')).id, 'start_assessment'),
  },
  {
    reason: 'ALREADY_ACKNOWLEDGED',
    status: 422,
    code: 'RULE_VIOLATION',
    prepare: async () => {
      const c = await caseIn(t, 'AWAITING_REPLY');
      await step(t, 'unit1.handler', c.id, 'acknowledge');
      return actAs('unit1.leader', c.id, 'acknowledge');
    },
  },
  {
    reason: 'OBJECTION_ALREADY_RAISED',
    status: 422,
    code: 'RULE_VIOLATION',
    prepare: async () => {
      const c = await caseIn(t, 'RECHECKING');
      await step(t, 'director', c.id, 'dismiss_objection');
      return actAs('unit1.leader', c.id, 'object', PAYLOADS.object);
    },
  },
  {
    reason: 'EXTENSION_ALREADY_REQUESTED',
    status: 422,
    code: 'RULE_VIOLATION',
    prepare: async () => {
      const c = await caseIn(t, 'AWAITING_REPLY');
      await step(t, 'unit1.leader', c.id, 'request_extension');
      return actAs('unit1.leader', c.id, 'request_extension', PAYLOADS.request_extension);
    },
  },
  {
    reason: 'DEADLINE_PASSED',
    status: 422,
    code: 'RULE_VIOLATION',
    prepare: async () => {
      const c = await caseIn(t, 'AWAITING_REPLY');
      t.setNow(new Date(Date.parse(c.dueAt!) + 1000)); // reset after each test
      return actAs('unit1.leader', c.id, 'request_extension', PAYLOADS.request_extension);
    },
  },
  {
    reason: 'NO_PENDING_EXTENSION',
    status: 422,
    code: 'RULE_VIOLATION',
    prepare: async () =>
      actAs('director', (await caseIn(t, 'AWAITING_REPLY')).id, 'grant_extension', PAYLOADS.grant_extension),
  },
  {
    reason: 'INVALID_PAYLOAD',
    status: 400,
    code: 'VALIDATION',
    prepare: async () => actAs('staff', (await caseIn(t, 'ASSESSING')).id, 'dismiss', { reason: ' ' }),
  },
  {
    reason: 'UNKNOWN_ATTACHMENT',
    status: 400,
    code: 'VALIDATION',
    prepare: async () =>
      actAs('staff', (await caseIn(t, 'INVESTIGATING')).id, 'add_evidence', {
        attachmentIds: ['6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e'],
      }),
  },
  {
    reason: 'SOURCE_NOT_ALLOWED',
    status: 403,
    code: 'FORBIDDEN',
    prepare: async () => async () =>
      (await as('supervisor')).post('/api/cases', { ...REGISTRATION, source: 'HOTLINE' }),
  },
  {
    reason: 'REGISTRATION_NOT_ALLOWED',
    status: 403,
    code: 'FORBIDDEN',
    prepare: async () => async () => (await as('unit1.handler')).post('/api/cases', REGISTRATION),
  },
];

describe('refusals over HTTP: contract code, domain reason, copy text; nothing written', () => {
  afterEach(() => t.setNow(t.fixedNow));

  it.each(CASES)('$reason → $status $code', async ({ reason, status, code, prepare }) => {
    const send = await prepare();
    const before = await rowCounts(t);
    const res = await send();
    const problem = expectProblem(res, status);
    expect(problem).toMatchObject({
      code,
      reason,
      detail: `${zhCN.refusals[reason]} / ${en.refusals[reason]}`,
    });
    expect(await rowCounts(t)).toEqual(before);
  });
});
