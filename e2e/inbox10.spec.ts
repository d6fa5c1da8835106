import { type Browser, expect, type Page, type Request, test } from '@playwright/test';
import {
  act,
  expectAccessible,
  expectNoHorizontalOverflow,
  newContext,
  PASSWORD,
  settle,
  shotsNamed,
} from './support.ts';

// Issue 10, a working day without dead ends (lists): the unit inbox by urgency with server paging
// and filters, cards below 768 px, the discipline inbox in one request with 逾期时长, the
// center's queue with 全部 / 我的案件 tabs counted in one request, several search words, 承办人,
// the director's 待签发 on a phone and the administrator's header.

const PHONE_390 = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const shot = shotsNamed('inbox10');
const DAY = 86_400_000;

const OVERDUE_TITLE = '（逾期）市场监管局未按期整改执法程序问题';
const DUE_SOON_TITLE = '（将到期）市场监管局罚没款票据问题';
const FRESH_TITLE = '（新发）市场监管局执法记录仪未开启';
const SEARCH_TITLE = '流动摊贩三轮车被执法人员扣押';

// Generous: several suites share two cores.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

/** A signed-in browser context (session cookie through the login API). */
async function signedIn(browser: Browser, username: string, viewport = DESKTOP) {
  const ctx = await newContext(browser, viewport);
  const res = await ctx.request.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return { ctx, page: await ctx.newPage(), api: ctx.request };
}

/** Opens a page of the app and waits for the shell (generous: the machine is shared). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('current-user')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.sp-loading, .ant-spin-spinning, .sp-progress')).toHaveCount(0, {
    timeout: 60_000,
  });
  await settle(page);
}

const NOTICE = {
  instrument: 'NOTICE',
  findings: '执法人员在现场检查中未出示执法证件，且未告知当事人陈述、申辩的权利',
  legalBasis: '《中华人民共和国行政处罚法》第五十五条',
  requiredRectification: '组织执法人员开展执法程序培训，并书面报告整改情况',
  deadlineWorkingDays: 10,
};

test.describe('issue 10: inboxes and queues', () => {
  test.beforeAll(async ({ browser }) => {
    const staff = await signedIn(browser, 'staff');
    const director = await signedIn(browser, 'director');
    const admin = await signedIn(browser, 'admin');
    // An overdue notice stays with the unit (red) under PROPOSE_DECISION instead of being referred
    // by the sweeper while the test runs.
    const profile = await (await admin.api.get('/api/admin/settings')).json();
    const put = await admin.api.put('/api/admin/settings', {
      data: {
        authorityName: profile.authorityName,
        centerName: profile.centerName,
        overduePolicy: 'PROPOSE_DECISION',
      },
    });
    expect(put.status(), await put.text()).toBe(200);

    const units = (await (await staff.api.get('/api/units')).json()) as { id: string; name: string }[];
    const market = units.find((u) => u.name === '市市场监督管理局')!;
    const issue = async (title: string, daysAgo: number) => {
      const clock = await staff.api.post('/api/test/clock', {
        data: { now: new Date(Date.now() - daysAgo * DAY).toISOString() },
      });
      expect(clock.ok()).toBe(true);
      const created = await staff.api.post('/api/cases', {
        data: { source: 'HOTLINE', title, description: `${title}：投诉人来电反映。`, unitId: market.id },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = await created.json();
      await act(staff.api, id, 'start_assessment');
      await act(staff.api, id, 'open_investigation');
      await act(staff.api, id, 'draft_notice', NOTICE);
      await act(director.api, id, 'approve_notice');
      return id as string;
    };
    try {
      await issue(OVERDUE_TITLE, 30); // 10 working days are two weeks: long past
      await issue(DUE_SOON_TITLE, 12); // past 70 % of two weeks, not yet due
    } finally {
      await staff.api.post('/api/test/clock', { data: { now: null } });
    }
    await issue(FRESH_TITLE, 0);
    for (const title of [SEARCH_TITLE, '流动摊贩被罚款过重']) {
      const res = await staff.api.post('/api/cases', {
        data: { source: 'HOTLINE', title, description: '投诉人反映城管执法问题。', unitId: units[1]!.id },
      });
      expect(res.status()).toBe(201);
    }
    for (const c of [staff, director, admin]) await c.ctx.close();
  });

  test('unit inbox: overdue, then due soon, then newest; filtered and paged by the server; cards on a phone', async ({
    browser,
  }) => {
    const { ctx, page } = await signedIn(browser, 'unit1.handler');
    const lists: string[] = [];
    page.on('request', (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/cases') lists.push(url.search);
    });
    await open(page, '/unit/notices');
    const rows = page.getByTestId('case-row');
    await expect(rows.first()).toContainText(OVERDUE_TITLE);
    await expect(rows.filter({ hasText: FRESH_TITLE })).toHaveCount(1);
    // Row by row: the light of each (none when no deadline runs) and its title.
    const seen = await rows.evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent ?? '',
        status: el.querySelector('[data-testid="deadline-badge"]')?.getAttribute('data-status') ?? 'NONE',
      })),
    );
    const at = (title: string) => seen.findIndex((r) => r.text.includes(title));
    expect(seen[at(OVERDUE_TITLE)]?.status).toBe('OVERDUE');
    expect(seen[at(DUE_SOON_TITLE)]?.status).toBe('DUE_SOON');
    expect(seen[at(FRESH_TITLE)]?.status).toBe('ON_TRACK');
    expect(at(OVERDUE_TITLE)).toBeLessThan(at(DUE_SOON_TITLE));
    expect(at(DUE_SOON_TITLE)).toBeLessThan(at(FRESH_TITLE));
    // Overdue first, then due soon, then the rest: the lights never go back up.
    const rank = { OVERDUE: 0, DUE_SOON: 1 } as Record<string, number>;
    const ranks = seen.map((r) => rank[r.status] ?? 2);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The order and the page come from the server.
    expect(lists.at(-1)).toContain('sort=urgency');
    expect(lists.at(-1)).toContain('pageSize=20');
    await expectAccessible(page, 'unit inbox');
    await shot(page, 'unit-inbox-1440');

    await page.getByLabel('期限').selectOption('dueSoon');
    await expect(page).toHaveURL(/deadline=dueSoon/);
    await expect(rows.filter({ hasText: DUE_SOON_TITLE })).toHaveCount(1);
    await expect(rows.filter({ hasText: OVERDUE_TITLE })).toHaveCount(0);
    await expect(rows.filter({ hasText: FRESH_TITLE })).toHaveCount(0);
    expect(lists.at(-1)).toContain('dueSoon=true');
    await page.getByRole('button', { name: '清除条件' }).click();
    await page.getByLabel('关键词').fill('记录仪 新发');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(FRESH_TITLE);
    await page.getByLabel('文书种类').selectOption('OPINION');
    await expect(page.getByText('本单位暂无监督通知书。')).toBeVisible();
    await ctx.close();

    // On a phone: cards with 签收 and 期限 on each, nothing wider than the screen.
    const phone = await signedIn(browser, 'unit1.handler', PHONE_390);
    await open(phone.page, '/unit/notices');
    const cards = phone.page.getByTestId('case-row');
    await expect(cards.first()).toContainText(OVERDUE_TITLE);
    await expect(phone.page.locator('table')).toHaveCount(0);
    await expect(cards.first().locator('dt', { hasText: '签收' })).toBeVisible();
    await expect(cards.first().locator('dt', { hasText: '整改期限' })).toBeVisible();
    await expect(cards.first()).toContainText('未签收');
    await expectNoHorizontalOverflow(phone.page);
    await expectAccessible(phone.page, 'unit inbox (390 px)');
    await shot(phone.page, 'unit-inbox-390');
    await phone.ctx.close();
  });

  test('discipline inbox: 逾期时长 in working days, one request, cards on a phone', async ({ browser }) => {
    for (const [viewport, name] of [
      [DESKTOP, '1440'],
      [PHONE_390, '390'],
    ] as const) {
      const { ctx, page } = await signedIn(browser, 'discipline', viewport);
      const caseRequests: string[] = [];
      page.on('request', (r: Request) => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/api/cases')) caseRequests.push(url.pathname);
      });
      await open(page, '/discipline/referrals');
      // The demo's transport bureau never replied: the sweep referred it.
      const row = page.getByTestId('referral-row').filter({ hasText: '系统逾期自动移送' }).first();
      await expect(row.getByTestId('referral-overdue')).toHaveText(/^已逾期 \d+ 个工作日$/);
      // One list request, no request per case.
      expect(caseRequests.length).toBeGreaterThanOrEqual(1);
      expect(caseRequests.filter((p) => p !== '/api/cases')).toEqual([]);
      if (name === '390') {
        await expect(page.locator('table')).toHaveCount(0);
        await expectNoHorizontalOverflow(page);
      }
      await expectAccessible(page, `discipline inbox (${name})`);
      await shot(page, `discipline-${name}`);
      await ctx.close();
    }
  });

  test('queue: 全部 and 我的案件 tabs counted in one request, several search words, 承办人 column and filter', async ({
    browser,
  }) => {
    const { ctx, page, api } = await signedIn(browser, 'staff');
    const me = await (await api.get('/api/auth/me')).json();
    const counts: string[] = [];
    const pageSizeOne: string[] = [];
    page.on('request', (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/cases/counts') counts.push(url.searchParams.get('q') ?? '');
      if (url.pathname === '/api/cases' && url.searchParams.get('pageSize') === '1')
        pageSizeOne.push(url.search);
    });

    // Take the searched case on as 承办人.
    const found = await (await api.get(`/api/cases?q=${encodeURIComponent(SEARCH_TITLE)}`)).json();
    await act(api, found.items[0].id, 'assign', { assigneeId: me.id });

    await open(page, '/cases');
    await expect(page.getByTestId('queue-count-all')).not.toHaveText('…');
    // One request for every tab's count (a live update may refresh it once more), none per tab.
    expect(counts.length).toBeGreaterThanOrEqual(1);
    expect(counts.length).toBeLessThanOrEqual(2);
    expect(pageSizeOne).toEqual([]);

    // Other specs on this server may register cases that mention both words too: the queue must
    // show exactly what the server finds for both words, the demo case among them.
    const words = encodeURIComponent('摊贩 三轮车');
    const total = async (query: string) =>
      (await (await api.get(`/api/cases?${query}&pageSize=100`)).json()).total as number;
    const both = await total(`q=${words}`);
    const bothMine = await total(`q=${words}&assigneeId=${me.id}`);
    expect(both).toBeGreaterThanOrEqual(1);
    expect(bothMine).toBeGreaterThanOrEqual(1);
    await page.getByTestId('queue-tab-all').click();
    await page.getByLabel('关键词').fill('摊贩 三轮车');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const rows = page.getByTestId('case-row');
    await expect(rows).toHaveCount(both);
    await expect(rows.filter({ hasText: SEARCH_TITLE })).toHaveCount(1);
    await expect(page.getByTestId('queue-count-all')).toHaveText(String(both));
    await expect(page.getByTestId('queue-count-mine')).toHaveText(String(bothMine));
    expect(counts.at(-1)).toBe('摊贩 三轮车');

    await page.getByRole('button', { name: '清除条件' }).click();
    const mine = await total(`assigneeId=${me.id}`);
    await page.getByTestId('queue-tab-mine').click();
    await expect(page).toHaveURL(/tab=mine/);
    await expect(rows).toHaveCount(mine);
    await expect(rows.filter({ hasText: SEARCH_TITLE })).toContainText(me.displayName);
    await page.getByTestId('queue-tab-all').click();
    // The select's change is built on the URL it renders with: let the tab land first.
    await expect(page).not.toHaveURL(/tab=mine/);
    await page.getByLabel('承办人').selectOption(me.id);
    await expect(page).toHaveURL(/assigneeId=/);
    await expect(rows).toHaveCount(mine);
    await expect(rows.filter({ hasText: SEARCH_TITLE })).toHaveCount(1);
    await expectAccessible(page, 'queue (mine)');
    await shot(page, 'queue-1440');
    await ctx.close();

    const phone = await signedIn(browser, 'staff', PHONE_390);
    await open(phone.page, `/cases?tab=all&q=${words}`);
    await expect(phone.page.getByTestId('case-row')).toHaveCount(both);
    await expect(phone.page.locator('.sp-queue table')).toHaveCount(0);
    await expectNoHorizontalOverflow(phone.page);
    await shot(phone.page, 'queue-390');
    await phone.ctx.close();
  });

  test('director on a phone: the list of drafts, then one draft with a way back; no 请在左侧选择', async ({
    browser,
  }) => {
    const { ctx, page } = await signedIn(browser, 'director', PHONE_390);
    await open(page, '/director/approvals');
    const list = page.getByTestId('approval-list');
    await expect(list).toBeVisible();
    await expect(page.getByText(/左侧/)).toHaveCount(0);
    await expect(page.getByText('请在待签发列表中选择一件通知书。')).toBeHidden();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'approvals-390');
    await list.getByRole('link').first().click();
    await expect(page.getByTestId('approval-back')).toBeVisible();
    await expect(list).toBeHidden();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'approval-390');
    await page.getByTestId('approval-back').click();
    await expect(list).toBeVisible();
    await ctx.close();

    const desk = await signedIn(browser, 'director');
    await open(desk.page, '/director/approvals');
    await expect(desk.page.getByText('请在待签发列表中选择一件通知书。')).toBeVisible();
    await expect(desk.page.getByTestId('approval-back')).toBeHidden();
    await shot(desk.page, 'approvals-1440');
    await desk.ctx.close();
  });

  test('notifications and my reports on a phone; the administrator’s header names the role once', async ({
    browser,
  }) => {
    for (const [user, path, name] of [
      ['unit1.leader', '/notifications', 'notifications'],
      ['supervisor', '/supervisor/reports', 'my-reports'],
    ] as const) {
      const { ctx, page } = await signedIn(browser, user, PHONE_390);
      await open(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main table')).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await shot(page, `${name}-390`);
      await ctx.close();
    }
    for (const [viewport, name] of [
      [DESKTOP, '1440'],
      [PHONE_390, '390'],
    ] as const) {
      const { ctx, page } = await signedIn(browser, 'admin', viewport);
      await open(page, '/admin/users');
      const header = page.locator('.sp-header');
      await expect(header).toBeVisible();
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not the hidden labels
      const text = await header.innerText();
      expect(text.split('系统管理员').length - 1, text).toBeLessThanOrEqual(1);
      await shot(page, `admin-header-${name}`);
      await ctx.close();
    }
  });
});
