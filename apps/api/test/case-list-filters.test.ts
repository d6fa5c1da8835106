import type { TCaseSummary, TPage } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// GET /api/cases: registration period (from/to, inclusive China days) and several search words
// that must all match.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const list = async (query: string) =>
  expectStatus<TPage<TCaseSummary>>(await (await t.as('staff')).get(`/api/cases?pageSize=100&${query}`), 200);

describe('from / to: the registration date, Asia/Shanghai days, inclusive', () => {
  it('keeps the cases registered on the days of the period, by China’s calendar', async () => {
    // 2026-05-10 23:30 in Shanghai is 15:30 UTC on the 10th; 00:10 on the 11th is 16:10 UTC on the 10th.
    t.setNow(new Date('2026-05-10T15:30:00Z'));
    const late10 = await createCase(t, { title: '五月十日深夜登记' });
    t.setNow(new Date('2026-05-10T16:10:00Z'));
    const early11 = await createCase(t, { title: '五月十一日凌晨登记' });
    t.setNow(new Date('2026-05-12T01:00:00Z'));
    const on12 = await createCase(t, { title: '五月十二日登记' });

    const ids = async (q: string) => (await list(q)).items.map((c) => c.id);
    expect(await ids('from=2026-05-10&to=2026-05-10')).toEqual([late10.id]);
    expect(await ids('from=2026-05-11&to=2026-05-11')).toEqual([early11.id]);
    expect(await ids('from=2026-05-11&to=2026-05-12')).toEqual([on12.id, early11.id]);
    expect(await ids('from=2026-05-11')).toEqual([on12.id, early11.id]);
    const upTo10 = await ids('to=2026-05-10');
    expect(upTo10).toContain(late10.id);
    expect(upTo10).not.toContain(early11.id);
    expect((await list('from=2026-05-10&to=2026-05-12')).total).toBe(3);
  });

  it('refuses a reversed period and dates that are not dates with 400 VALIDATION', async () => {
    const staff = await t.as('staff');
    for (const q of ['from=2026-05-12&to=2026-05-11', 'from=2026-02-30', 'to=yesterday', 'from=2026-5-1'])
      expect(expectProblem(await staff.get(`/api/cases?${q}`), 400).code).toBe('VALIDATION');
  });
});

describe('q: several space-separated words, all of which must match', () => {
  it('finds with two words what one joined word finds, and needs every word', async () => {
    const both = await createCase(t, {
      title: '摊贩三轮车被扣押',
      description: '城管执法扣押三轮车未开具清单。',
    });
    const oneWord = await createCase(t, { title: '摊贩被罚款', description: '流动摊贩反映罚款过重。' });
    const ids = async (q: string) => (await list(`q=${encodeURIComponent(q)}`)).items.map((c) => c.id);

    const joined = await ids('摊贩三轮车');
    expect(joined).toEqual([both.id]);
    expect(await ids('摊贩 三轮车')).toEqual(joined);
    expect(await ids('三轮车  摊贩')).toEqual(joined);
    expect(await ids('摊贩\u3000三轮车')).toEqual(joined);
    expect(await ids('摊贩')).toEqual(expect.arrayContaining([oneWord.id, both.id]));
    expect(await ids('摊贩 罚款 不存在的词')).toEqual([]);
    // The case number is searched too, with the other words.
    expect(await ids(`${both.number} 扣押`)).toEqual([both.id]);
    // LIKE wildcards stay literal in every word.
    expect(await ids('摊贩 %')).toEqual([]);
  });
});
