import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Units (执法单位) kept by the administrator: create, edit, deactivate; 统一社会信用代码 checked;
// names and codes unique (409 DUPLICATE); the public and staff pickers follow at once; an
// inactive unit takes no new case.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Unit = { id: string; name: string; creditCode: string | null; active: boolean };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const TENCENT = '9144030071526726XG';
const HUAWEI = '914403001922038216';
const admin = () => t.as('admin');
const create = async (body: Record<string, unknown>) => (await admin()).post('/api/admin/units', body);
const publicUnits = async () =>
  expectStatus<{ id: string; name: string }[]>(
    await t.inject({ method: 'GET', url: '/api/public/units' }),
    200,
  );

describe('POST /api/admin/units', () => {
  it('creates a unit: 201 { id, name, creditCode, active }, the code normalized', async () => {
    const unit = expectStatus<Unit>(
      await create({ name: '四平市市场监督管理局', creditCode: ' 9144 0300 7152 6726xg ' }),
      201,
    );
    expect(unit).toEqual({
      id: expect.any(String),
      name: '四平市市场监督管理局',
      creditCode: TENCENT,
      active: true,
    });
    const row = await t.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(row).toMatchObject({ creditCode: TENCENT, active: true });
    expect(expectStatus<Unit>(await create({ name: '四平市交通运输局' }), 201).creditCode).toBeNull();
    expect(expectStatus<Unit>(await create({ name: '四平市水利局', active: false }), 201).active).toBe(false);
  });

  it('refuses bad input with 400 VALIDATION and field paths, writing nothing', async () => {
    const before = await t.prisma.unit.count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{}, 'name', /./],
      [{ name: '   ' }, 'name', /不能为空/],
      [{ name: 'x'.repeat(101) }, 'name', /100/],
      [{ name: '市甲局', creditCode: '9144030071526726XH' }, 'creditCode', /校验位/],
      [{ name: '市甲局', creditCode: '91440300' }, 'creditCode', /18 位/],
      [{ name: '市甲局', creditCode: 12345 }, 'creditCode', /./],
      [{ name: '市甲局', active: 'yes' }, 'active', /./],
    ];
    for (const [body, path, message] of cases) {
      const problem = expectProblem(await create(body), 400);
      expect(problem.code).toBe('VALIDATION');
      expect(problem.errors).toContainEqual({ path, message: expect.stringMatching(message) });
    }
    expect(await t.prisma.unit.count()).toBe(before);
  });

  it('refuses a taken name or credit code with 409 DUPLICATE', async () => {
    expectStatus(await create({ name: '四平市生态环境局', creditCode: HUAWEI }), 201);
    const byName = expectProblem(await create({ name: '四平市生态环境局' }), 409);
    expect(byName).toMatchObject({
      code: 'DUPLICATE',
      errors: [{ path: 'name', message: expect.any(String) }],
    });
    const byCode = expectProblem(await create({ name: '另一个局', creditCode: HUAWEI.toLowerCase() }), 409);
    expect(byCode).toMatchObject({
      code: 'DUPLICATE',
      errors: [{ path: 'creditCode', message: expect.any(String) }],
    });
    expect(await t.prisma.unit.count({ where: { name: '另一个局' } })).toBe(0);
  });

  it('a concurrent duplicate is still one row and one 409 (the unique index decides)', async () => {
    const [a, b] = await Promise.all([create({ name: '同时新建的局' }), create({ name: '同时新建的局' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expectProblem([a, b].find((r) => r.statusCode === 409)!, 409);
    expect(await t.prisma.unit.count({ where: { name: '同时新建的局' } })).toBe(1);
    const code = '91110000802100433B';
    const racing = await Promise.all([
      create({ name: '并发甲局', creditCode: code }),
      create({ name: '并发乙局', creditCode: code }),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(expectProblem(racing.find((r) => r.statusCode === 409)!, 409).errors).toEqual([
      { path: 'creditCode', message: expect.any(String) },
    ]);
  });
});

describe('PATCH /api/admin/units/:id', () => {
  it('renames, sets and clears the credit code, deactivates and reactivates', async () => {
    const a = await admin();
    const unit = expectStatus<Unit>(await create({ name: '四平市农业农村局' }), 201);
    const renamed = expectStatus<Unit>(
      await a.patch(`/api/admin/units/${unit.id}`, {
        name: '四平市农业农村局（畜牧）',
        creditCode: '11220300013644083J',
      }),
      200,
    );
    expect(renamed).toEqual({ ...unit, name: '四平市农业农村局（畜牧）', creditCode: '11220300013644083J' });
    expect(
      expectStatus<Unit>(await a.patch(`/api/admin/units/${unit.id}`, { creditCode: null }), 200).creditCode,
    ).toBeNull();
    expect(
      expectStatus<Unit>(await a.patch(`/api/admin/units/${unit.id}`, { active: false }), 200).active,
    ).toBe(false);
    expect(
      expectStatus<Unit>(await a.patch(`/api/admin/units/${unit.id}`, { active: true }), 200).active,
    ).toBe(true);
    // Keeping its own name and code is no clash.
    expectStatus(await a.patch(`/api/admin/units/${unit.id}`, { name: '四平市农业农村局（畜牧）' }), 200);
  });

  it('409 for another unit’s name or code, 400 for bad input, 404 for an unknown unit — nothing changed', async () => {
    const a = await admin();
    const unit = expectStatus<Unit>(await create({ name: '四平市林业局' }), 201);
    expect(
      expectProblem(await a.patch(`/api/admin/units/${unit.id}`, { name: '四平市市场监督管理局' }), 409).code,
    ).toBe('DUPLICATE');
    expectProblem(await a.patch(`/api/admin/units/${unit.id}`, { creditCode: TENCENT }), 409);
    const bad = expectProblem(
      await a.patch(`/api/admin/units/${unit.id}`, { name: '', creditCode: 'abc' }),
      400,
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['creditCode', 'name']);
    expectProblem(await a.patch(`/api/admin/units/${randomUUID()}`, { active: false }), 404);
    expectProblem(await a.patch('/api/admin/units/not-a-uuid', { active: false }), 404);
    expect(await t.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      name: '四平市林业局',
      creditCode: null,
      active: true,
    });
  });
});

describe('GET /api/admin/units', () => {
  it('pages, filters by keyword (name or code) and by active', async () => {
    const a = await admin();
    const all = expectStatus<Page<Unit>>(await a.get('/api/admin/units?pageSize=100'), 200);
    expect(all.total).toBe(await t.prisma.unit.count());
    expect(all.items.length).toBe(all.total);
    const first = expectStatus<Page<Unit>>(await a.get('/api/admin/units?page=1&pageSize=2'), 200);
    const second = expectStatus<Page<Unit>>(await a.get('/api/admin/units?page=2&pageSize=2'), 200);
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: all.total });
    expect(first.items.length).toBe(2);
    expect(second.items.map((u) => u.id)).not.toContain(first.items[0]!.id);
    const keyword = expectStatus<Page<Unit>>(
      await a.get(`/api/admin/units?q=${encodeURIComponent('市场监督')}`),
      200,
    );
    expect(keyword.items.map((u) => u.name)).toEqual(
      expect.arrayContaining(['四平市市场监督管理局', '市市场监督管理局']),
    );
    expect(keyword.items.every((u) => u.name.includes('市场监督'))).toBe(true);
    const byCode = expectStatus<Page<Unit>>(await a.get('/api/admin/units?q=726xg'), 200);
    expect(byCode.items.map((u) => u.creditCode)).toEqual([TENCENT]);
    const inactive = expectStatus<Page<Unit>>(await a.get('/api/admin/units?active=false'), 200);
    expect(inactive.items.length).toBeGreaterThan(0);
    expect(inactive.items.every((u) => !u.active)).toBe(true);
    expectProblem(await a.get('/api/admin/units?active=maybe'), 400);
    expectProblem(await a.get('/api/admin/units?pageSize=101'), 400);
  });
});

describe('the pickers follow the active units at once', () => {
  it('a new active unit appears in GET /api/public/units; a deactivated one disappears', async () => {
    const a = await admin();
    const unit = expectStatus<Unit>(await create({ name: '四平市应急管理局' }), 201);
    expect(await publicUnits()).toContainEqual({ id: unit.id, name: '四平市应急管理局' });
    expectStatus(await a.patch(`/api/admin/units/${unit.id}`, { active: false }), 200);
    expect((await publicUnits()).map((u) => u.id)).not.toContain(unit.id);
    const staff = await t.as('staff');
    const active = expectStatus<{ id: string; active: boolean }[]>(
      await staff.get('/api/units?active=true'),
      200,
    );
    expect(active.map((u) => u.id)).not.toContain(unit.id);
    expect(active.every((u) => u.active)).toBe(true);
    // Without the filter (the queue's unit filter) it is still listed, marked inactive.
    const all = expectStatus<{ id: string; active: boolean }[]>(await staff.get('/api/units'), 200);
    expect(all).toContainEqual({ id: unit.id, name: '四平市应急管理局', active: false });
    expectStatus(await a.patch(`/api/admin/units/${unit.id}`, { active: true }), 200);
    expect((await publicUnits()).map((u) => u.id)).toContain(unit.id);
  });

  it('registration refuses an inactive unit with 422 and a clear message; nothing is written', async () => {
    const a = await admin();
    const unit = expectStatus<Unit>(await create({ name: '四平市已撤销的局', active: false }), 201);
    const before = await t.prisma.case.count();
    const staff = await t.as('staff');
    const refused = expectProblem(
      await staff.post('/api/cases', {
        source: 'HOTLINE',
        title: '投诉',
        description: '内容',
        unitId: unit.id,
      }),
      422,
    );
    expect(refused.detail).toMatch(/已停用/);
    expect(refused.errors).toEqual([{ path: 'unitId', message: expect.stringMatching(/已停用/) }]);
    const publicRefused = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { title: '投诉', description: '内容', unitId: unit.id },
    });
    expect(expectProblem(publicRefused, 422).detail).toMatch(/已停用/);
    expect(await t.prisma.case.count()).toBe(before);
    expectStatus(await a.patch(`/api/admin/units/${unit.id}`, { active: true }), 200);
    expectStatus(
      await staff.post('/api/cases', {
        source: 'HOTLINE',
        title: '投诉',
        description: '内容',
        unitId: unit.id,
      }),
      201,
    );
  });
});
