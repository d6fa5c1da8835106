import type { TCase, TCaseEvent, TCaseOfficers, TOfficer } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Cases cite registry officers; an officer whose 执法证 was not valid on the date of the act
// (发生日期) is flagged — expired, not yet valid, suspended or revoked on that date according to
// officer_status_history — and a change of the cited officers is one event on the case's chain.

let t: TestApp;
let admin: Client;
let staff: Client;
const officers: Record<'valid' | 'expired' | 'later' | 'suspended', TOfficer> = {} as never;

const officer = async (name: string, certificateNo: string, validFrom: string, validUntil: string) =>
  expectStatus<TOfficer>(
    await admin.post('/api/admin/registry/officers', {
      name,
      certificateNo,
      fields: ['市场监管'],
      validFrom,
      validUntil,
      unitId: t.unitIds.unit1,
    }),
    201,
  );

const register = async (body: Record<string, unknown>, as: Client = staff) =>
  as.post('/api/cases', {
    source: 'HOTLINE',
    title: '执法人员无证执法',
    description: '热线反映：检查人员未出示执法证。',
    unitId: t.unitIds.unit1,
    ...body,
  });

const officersOf = async (caseId: string, as: Client = staff) =>
  expectStatus<TCaseOfficers>(await as.get(`/api/cases/${caseId}/officers`), 200);
const events = async (caseId: string) =>
  expectStatus<TCaseEvent[]>(await staff.get(`/api/cases/${caseId}/events`), 200);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  staff = await t.as('staff');
  officers.valid = await officer('赵有效', 'CO-0001', '2024-01-01', '2027-12-31');
  officers.expired = await officer('钱过期', 'CO-0002', '2023-01-01', '2025-12-31');
  officers.later = await officer('孙未生效', 'CO-0003', '2026-02-15', '2028-12-31');
  officers.suspended = await officer('李暂扣', 'CO-0004', '2024-01-01', '2027-12-31');
  // Suspended on 2026-03-10 (Beijing), two weeks after the test clock's registration date.
  t.setNow(new Date('2026-03-10T02:00:00Z'));
  expectStatus(
    await admin.post(`/api/admin/registry/officers/${officers.suspended.id}/status`, {
      status: 'SUSPENDED',
      reason: '涉嫌违法执法，暂扣执法证',
    }),
    200,
  );
  t.setNow(t.fixedNow);
});
afterAll(() => t?.close());

describe('officers cited at registration', () => {
  it('flags an officer whose certificate had expired on the date of the act', async () => {
    const created = expectStatus<TCase>(
      await register({
        occurredAt: '2026-02-01T09:00:00+08:00',
        officerIds: [officers.valid.id, officers.expired.id, officers.later.id],
      }),
      201,
    );
    const view = await officersOf(created.id);
    expect(view).toMatchObject({
      caseId: created.id,
      version: 1,
      actDate: '2026-02-01',
      actDateBasis: 'OCCURRED_AT',
      uncertified: true,
    });
    expect(view.officers.map((o) => [o.name, o.status, o.uncertifiedReason])).toEqual([
      ['赵有效', 'VALID', null],
      ['钱过期', 'EXPIRED', 'EXPIRED'],
      ['孙未生效', 'VALID', 'NOT_YET_VALID'],
    ]);
    // The registration's history entry names them (id, name, 执法证号).
    const [registered] = await events(created.id);
    expect(registered!.data.officers).toEqual([
      { id: officers.valid.id, name: '赵有效', certificateNo: 'CO-0001' },
      { id: officers.expired.id, name: '钱过期', certificateNo: 'CO-0002' },
      { id: officers.later.id, name: '孙未生效', certificateNo: 'CO-0003' },
    ]);
  });

  it('judges on the registration date when no 发生日期 is given', async () => {
    const created = expectStatus<TCase>(await register({ officerIds: [officers.later.id] }), 201);
    const view = await officersOf(created.id);
    expect(view).toMatchObject({ actDate: '2026-03-02', actDateBasis: 'REGISTERED_AT', uncertified: false });
  });

  it('a suspension reaches the acts on or after its date, never earlier ones', async () => {
    // Registered after both acts: a 发生日期 after today is refused.
    t.setNow(new Date('2026-03-11T02:00:00Z'));
    const before = expectStatus<TCase>(
      await register({ occurredAt: '2026-03-09T10:00:00+08:00', officerIds: [officers.suspended.id] }),
      201,
    );
    const after = expectStatus<TCase>(
      await register({ occurredAt: '2026-03-10T10:00:00+08:00', officerIds: [officers.suspended.id] }),
      201,
    );
    expect((await officersOf(before.id)).officers[0]!.uncertifiedReason).toBeNull();
    expect(await officersOf(after.id)).toMatchObject({
      uncertified: true,
      officers: [{ status: 'SUSPENDED', uncertifiedReason: 'SUSPENDED' }],
    });
    t.setNow(t.fixedNow);
  });

  it('refuses unknown or repeated officers (400, nothing registered)', async () => {
    const count = await t.prisma.case.count();
    const unknown = expectProblem(
      await register({ officerIds: [officers.valid.id, '00000000-0000-4000-8000-000000000000'] }),
      400,
    );
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.errors?.map((e) => e.path)).toEqual(['officerIds.1']);
    const twice = expectProblem(await register({ officerIds: [officers.valid.id, officers.valid.id] }), 400);
    expect(twice.errors?.map((e) => e.path)).toContain('officerIds');
    expect(await t.prisma.case.count()).toBe(count);
  });

  it('a case without cited officers has an empty, unflagged list', async () => {
    const created = expectStatus<TCase>(await register({}), 201);
    expect(await officersOf(created.id)).toMatchObject({ officers: [], uncertified: false });
  });
});

describe('editing the cited officers', () => {
  it('is a new version of the case and one cite_officers event; the same list writes nothing', async () => {
    const created = expectStatus<TCase>(
      await register({ occurredAt: '2026-02-01T09:00:00+08:00', officerIds: [officers.valid.id] }),
      201,
    );
    const changed = expectStatus<TCaseOfficers>(
      await staff.put(`/api/cases/${created.id}/officers`, {
        version: 1,
        officerIds: [officers.expired.id, officers.valid.id],
      }),
      200,
    );
    expect(changed).toMatchObject({ version: 2, uncertified: true });
    expect(changed.officers.map((o) => o.name)).toEqual(['钱过期', '赵有效']);
    expect(await t.version(created.id)).toBe(2);
    const history = await events(created.id);
    expect(history.map((e) => e.action)).toEqual(['register', 'cite_officers']);
    expect(history[1]).toMatchObject({
      fromState: null,
      toState: 'RECEIVED',
      actor: { role: 'CENTER_STAFF' },
      data: {
        officers: [
          { id: officers.expired.id, name: '钱过期', certificateNo: 'CO-0002' },
          { id: officers.valid.id, name: '赵有效', certificateNo: 'CO-0001' },
        ],
        previous: [{ id: officers.valid.id, name: '赵有效', certificateNo: 'CO-0001' }],
      },
    });
    expect(history[1]!.prevHash).toBe(history[0]!.hash);

    // The same list again: nothing changes, no event.
    expectStatus(
      await staff.put(`/api/cases/${created.id}/officers`, {
        version: 2,
        officerIds: [officers.expired.id, officers.valid.id],
      }),
      200,
    );
    expect(await t.version(created.id)).toBe(2);

    // The workflow goes on from the new version.
    expectStatus(await staff.act(created.id, 'start_assessment', {}), 200);
    const cleared = expectStatus<TCaseOfficers>(
      await staff.put(`/api/cases/${created.id}/officers`, { version: 3, officerIds: [] }),
      200,
    );
    expect(cleared).toMatchObject({ version: 4, officers: [], uncertified: false });
  });

  it('refuses a stale version (409), others than the center (403), and hides cases out of scope (404)', async () => {
    const created = expectStatus<TCase>(await register({ officerIds: [officers.valid.id] }), 201);
    const body = { version: 1, officerIds: [officers.expired.id] };
    expect(
      expectProblem(await staff.put(`/api/cases/${created.id}/officers`, { ...body, version: 7 }), 409).code,
    ).toBe('STALE_VERSION');
    // A special supervisor sees their own report and its officers but may not change them.
    const supervisor = await t.as('supervisor');
    const own = expectStatus<TCase>(await register({ source: 'SUPERVISOR' }, supervisor), 201);
    expect((await officersOf(own.id, supervisor)).officers).toEqual([]);
    expectProblem(await supervisor.put(`/api/cases/${own.id}/officers`, body), 403);
    expectProblem(await register({ source: 'SUPERVISOR', officerIds: [officers.valid.id] }, supervisor), 403);
    // The unit does not see a case before a notice is issued to it: it looks missing.
    const handler = await t.as('unit1.handler');
    expectProblem(await handler.get(`/api/cases/${created.id}/officers`), 404);
    expectProblem(await handler.put(`/api/cases/${created.id}/officers`, body), 404);
    // Bad input: 400 with the field.
    const bad = expectProblem(
      await staff.put(`/api/cases/${created.id}/officers`, { version: 1, officerIds: ['x'] }),
      400,
    );
    expect(bad.errors?.[0]?.path).toMatch(/^officerIds/);
    expect(await t.version(created.id)).toBe(1);
    expect((await officersOf(created.id)).officers.map((o) => o.name)).toEqual(['赵有效']);
  });
});

describe('officers to cite (GET /api/registry/officers)', () => {
  it('finds officers by part of the name or 执法证号 for the center, without private fields', async () => {
    const found = expectStatus<Record<string, unknown>[]>(
      await staff.get(`/api/registry/officers?q=${encodeURIComponent('过期')}`),
      200,
    );
    expect(found).toEqual([
      {
        id: officers.expired.id,
        name: '钱过期',
        unitName: expect.any(String),
        certificateNo: 'CO-0002',
        validFrom: '2023-01-01',
        validUntil: '2025-12-31',
        status: 'EXPIRED',
      },
    ]);
    const byNumber = expectStatus<{ name: string }[]>(
      await staff.get('/api/registry/officers?q=CO-000'),
      200,
    );
    expect(byNumber.map((o) => o.name).sort()).toEqual(['孙未生效', '李暂扣', '赵有效', '钱过期'].sort());
    expectProblem(await (await t.as('unit1.handler')).get('/api/registry/officers?q=CO'), 403);
    expectProblem(await staff.get('/api/registry/officers?unitId=nope'), 400);
  });
});
