import type { TOfficer, TPublicOfficer } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// 执法主体和人员库 over HTTP: the admin keeps officers, bodies and 裁量基准; the public looks an
// officer up and sees exactly the contract's fields.

let t: TestApp;
let admin: Client;
let staff: Client;
let officer: TOfficer;

const OFFICER = {
  name: '王建国',
  certificateNo: '22010001001',
  fields: ['市场监管', '食品安全'],
  validFrom: '2024-01-01',
  validUntil: '2026-12-31',
  idCardNo: '22030219800101123X',
  phone: '13800001111',
  note: '内部备注：曾受批评教育',
};
const PUBLIC_KEYS = ['certificateNo', 'fields', 'name', 'status', 'unitName', 'validUntil'];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  staff = await t.as('staff');
  officer = expectStatus<TOfficer>(
    await admin.post('/api/admin/registry/officers', { ...OFFICER, unitId: t.unitIds.unit1 }),
    201,
  );
});
afterAll(() => t?.close());

describe('officers (admin)', () => {
  it('registers an officer with private fields the admin sees', () => {
    expect(officer).toMatchObject({
      ...OFFICER,
      unitId: t.unitIds.unit1,
      status: 'VALID',
      storedStatus: 'VALID',
    });
  });

  it('refuses a second officer with the same certificate number (409 DUPLICATE)', async () => {
    const res = await admin.post('/api/admin/registry/officers', {
      ...OFFICER,
      name: '李四',
      unitId: t.unitIds.unit2,
    });
    expect(expectProblem(res, 409).code).toBe('DUPLICATE');
  });

  it('is the administrator’s alone (403 for the center, 401 without a session)', async () => {
    expectProblem(await staff.get('/api/admin/registry/officers'), 403);
    expectProblem(
      await staff.post('/api/admin/registry/officers', {
        ...OFFICER,
        certificateNo: 'X0001',
        unitId: t.unitIds.unit1,
      }),
      403,
    );
    expectProblem(await t.inject({ method: 'GET', url: '/api/admin/registry/officers' }), 401);
  });

  it('validates input (400) and an unknown body (422)', async () => {
    const bad = expectProblem(
      await admin.post('/api/admin/registry/officers', {
        ...OFFICER,
        validUntil: '2023-01-01',
        unitId: t.unitIds.unit1,
      }),
      400,
    );
    expect(bad.errors?.map((e) => e.path)).toContain('validUntil');
    const unknown = await admin.post('/api/admin/registry/officers', {
      ...OFFICER,
      certificateNo: 'Z123',
      unitId: '00000000-0000-4000-8000-000000000001',
    });
    expect(expectProblem(unknown, 422).errors?.[0]?.path).toBe('unitId');
    expectProblem(await admin.get('/api/admin/registry/officers/not-a-uuid'), 404);
  });

  it('records status decisions with who, when and why', async () => {
    const suspended = expectStatus<TOfficer>(
      await admin.post(`/api/admin/registry/officers/${officer.id}/status`, {
        status: 'SUSPENDED',
        reason: '涉嫌违规执法，暂扣执法证',
      }),
      200,
    );
    expect(suspended.status).toBe('SUSPENDED');
    await admin.post(`/api/admin/registry/officers/${officer.id}/status`, {
      status: 'VALID',
      reason: '调查结束，恢复',
    });
    const history = expectStatus<
      { fromStatus: string | null; toStatus: string; reason: string; changedBy: { displayName: string } }[]
    >(await admin.get(`/api/admin/registry/officers/${officer.id}/history`), 200);
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'VALID'],
      ['VALID', 'SUSPENDED'],
      ['SUSPENDED', 'VALID'],
    ]);
    expect(history[1]).toMatchObject({
      reason: '涉嫌违规执法，暂扣执法证',
      changedBy: { displayName: expect.any(String) },
    });
    expectProblem(
      await admin.post(`/api/admin/registry/officers/${officer.id}/status`, {
        status: 'EXPIRED',
        reason: 'x',
      }),
      400,
    );
  });

  it('lists and filters by the effective status (EXPIRED is derived, not stored)', async () => {
    await admin.post('/api/admin/registry/officers', {
      name: '赵六',
      unitId: t.unitIds.unit2,
      certificateNo: '22020002002',
      validFrom: '2020-01-01',
      validUntil: '2025-12-31',
    });
    const expired = expectStatus<{ items: TOfficer[] }>(
      await admin.get('/api/admin/registry/officers?status=EXPIRED'),
      200,
    );
    expect(expired.items.map((o) => [o.name, o.status, o.storedStatus])).toEqual([
      ['赵六', 'EXPIRED', 'VALID'],
    ]);
    const search = expectStatus<{ items: TOfficer[]; total: number }>(
      await admin.get('/api/admin/registry/officers?q=王建'),
      200,
    );
    expect(search.total).toBe(1);
  });
});

describe('the public lookup (GET /api/public/officers)', () => {
  const lookup = (query: string) => t.inject({ method: 'GET', url: `/api/public/officers?${query}` });

  it('finds an officer by certificate number without a session, with exactly the public fields', async () => {
    const res = await lookup(`certificateNo=${OFFICER.certificateNo}`);
    const found = expectStatus<TPublicOfficer[]>(res, 200);
    expect(found).toEqual([
      {
        name: '王建国',
        unitName: expect.any(String),
        certificateNo: OFFICER.certificateNo,
        fields: OFFICER.fields,
        validUntil: '2026-12-31',
        status: 'VALID',
      },
    ]);
    expect(Object.keys(found[0]!).sort()).toEqual(PUBLIC_KEYS);
    for (const secret of [OFFICER.idCardNo, OFFICER.phone, OFFICER.note, officer.id, '涉嫌违规执法'])
      expect(res.body.includes(secret), secret).toBe(false);
  });

  it('finds by exact name only within a body; a name alone is refused (no listing everyone)', async () => {
    const byName = expectStatus<TPublicOfficer[]>(
      await lookup(`name=${encodeURIComponent('王建国')}&unitId=${t.unitIds.unit1}`),
      200,
    );
    expect(byName).toHaveLength(1);
    expect(
      expectStatus<unknown[]>(
        await lookup(`name=${encodeURIComponent('王建国')}&unitId=${t.unitIds.unit2}`),
        200,
      ),
    ).toEqual([]);
    expect(
      expectStatus<unknown[]>(
        await lookup(`name=${encodeURIComponent('王')}&unitId=${t.unitIds.unit1}`),
        200,
      ),
    ).toEqual([]);
    expect(expectProblem(await lookup(`name=${encodeURIComponent('王建国')}`), 400).code).toBe('VALIDATION');
    expectProblem(await lookup(''), 400);
  });

  it('shows EXPIRED once validUntil has passed (the clock moves, nothing is stored)', async () => {
    t.setNow(new Date('2027-01-01T02:00:00Z'));
    try {
      const [found] = expectStatus<TPublicOfficer[]>(
        await lookup(`certificateNo=${OFFICER.certificateNo}`),
        200,
      );
      expect(found?.status).toBe('EXPIRED');
    } finally {
      t.setNow(t.fixedNow);
    }
  });

  it('is rate-limited like the other public routes', async () => {
    let last = 0;
    for (let i = 0; i < 61 && last !== 429; i++) last = (await lookup('certificateNo=NOPE999')).statusCode;
    expect(last).toBe(429);
  });
});

describe('bodies and 裁量基准', () => {
  it('keeps a body’s legal basis and fields, keyed by the unit', async () => {
    const body = expectStatus<{ legalBasis: string; fields: string[]; officerCount: number }>(
      await admin.put(`/api/admin/registry/bodies/${t.unitIds.unit1}`, {
        legalBasis: '《市场监督管理行政处罚程序规定》',
        fields: ['市场监管'],
      }),
      200,
    );
    expect(body).toMatchObject({
      legalBasis: '《市场监督管理行政处罚程序规定》',
      fields: ['市场监管'],
      // The one registered above and the demo's officers of that unit.
      officerCount: await t.prisma.officer.count({ where: { unitId: t.unitIds.unit1 } }),
    });
    const all = expectStatus<{ unitId: string; legalBasis: string }[]>(
      await admin.get('/api/admin/registry/bodies'),
      200,
    );
    expect(all.find((b) => b.unitId === t.unitIds.unit1)?.legalBasis).toContain('行政处罚程序');
    expectProblem(await staff.put(`/api/admin/registry/bodies/${t.unitIds.unit1}`, { fields: [] }), 403);
  });

  it('lets the admin keep benchmarks and the center search them', async () => {
    const created = expectStatus<{ id: string }>(
      await admin.post('/api/admin/registry/benchmarks', {
        unitId: t.unitIds.unit1,
        field: '食品安全',
        violation: '经营超过保质期的食品',
        legalBasis: '《食品安全法》第一百二十四条',
        ranges: [
          { circumstance: '轻微：货值不足一万元且初次违法', range: '罚款五万元至八万元' },
          { circumstance: '严重：货值一万元以上', range: '货值金额十五倍至二十倍罚款' },
        ],
      }),
      201,
    );
    await admin.post('/api/admin/registry/benchmarks', {
      field: '城市管理',
      violation: '占道经营',
      legalBasis: '《城市市容和环境卫生管理条例》',
      ranges: [{ circumstance: '一般', range: '警告' }],
    });
    const found = expectStatus<{ items: { id: string; ranges: unknown[] }[]; total: number }>(
      await staff.get(`/api/registry/benchmarks?q=${encodeURIComponent('保质期 食品安全法')}`),
      200,
    );
    expect(found.items.map((b) => b.id)).toEqual([created.id]);
    expect(found.items[0]!.ranges).toHaveLength(2);
    const forUnit2 = expectStatus<{ total: number }>(
      await staff.get(`/api/registry/benchmarks?unitId=${t.unitIds.unit2}`),
      200,
    );
    expect(forUnit2.total).toBe(1); // the general one only
    expectProblem(await (await t.as('unit1.handler')).get('/api/registry/benchmarks'), 403);
    expectProblem(
      await admin.post('/api/admin/registry/benchmarks', {
        field: 'x',
        violation: 'y',
        legalBasis: 'z',
        ranges: [],
      }),
      400,
    );
    expectProblem(
      await admin.put('/api/admin/registry/benchmarks/00000000-0000-4000-8000-000000000001', {
        field: 'x',
        violation: 'y',
        legalBasis: 'z',
        ranges: [{ circumstance: 'a', range: 'b' }],
      }),
      404,
    );
  });
});
