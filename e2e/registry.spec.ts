import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  loginViaForm,
  newContext,
  PASSWORD,
  settle,
} from './support.ts';

// Issue 12 in the browser: the public certificate lookup, a 案卷评查 campaign's 双随机 draw, a
// reviewer scoring a sheet and the scored file — each at 1440 px and 390 px, screenshots
// prefixed `registry-`. Data is set up through the API; the steps that matter go through the UI.

const PHONE = { width: 390, height: 844 };
/** The first thing a freshly opened page shows: generous, the machine is shared. */
const LOAD = { timeout: 60_000 };
const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const UNIT1 = '市市场监督管理局';
const UNIT2 = '市城市管理综合行政执法局';
const CERTIFICATE = '22010001001';
const state = { campaignId: '' };

async function shot(page: Page, name: string) {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({
    path: `${DIR}registry-${name}.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

async function api(
  playwright: { request: { newContext(o: object): Promise<APIRequestContext> } },
  username: string,
) {
  const ctx = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return ctx;
}

async function json<T>(res: {
  ok(): boolean;
  status(): number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}): Promise<T> {
  expect(res.ok(), `${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function signedIn(browser: Browser, username: string, viewport = { width: 1440, height: 900 }) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await loginViaForm(page, username);
  return { context, page };
}

test.describe('registry and case-file review', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 });

  test.beforeAll(async ({ playwright }) => {
    const admin = await api(playwright, 'admin');
    const units = await json<{ id: string; name: string }[]>(await admin.get('/api/public/units'));
    const unit1 = units.find((u) => u.name === UNIT1)!.id;
    const unit2 = units.find((u) => u.name === UNIT2)!.id;
    await json(
      await admin.post('/api/admin/registry/officers', {
        data: {
          name: '王建国',
          unitId: unit1,
          certificateNo: CERTIFICATE,
          fields: ['市场监管', '食品安全'],
          validFrom: '2024-01-01',
          validUntil: '2030-12-31',
          idCardNo: '22030219800101123X',
          phone: '13800001111',
        },
      }),
    );
    await json(
      await admin.post('/api/admin/registry/benchmarks', {
        data: {
          unitId: unit1,
          field: '食品安全',
          violation: '经营超过保质期的食品',
          legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
          ranges: [
            { circumstance: '轻微：货值不足一万元且初次违法', range: '罚款五万元至八万元' },
            { circumstance: '严重：货值一万元以上', range: '货值金额十五倍至二十倍罚款' },
          ],
        },
      }),
    );
    await admin.dispose();
    const staff = await api(playwright, 'staff');
    for (const [unitId, prefix] of [
      [unit1, '市监罚'],
      [unit2, '城管罚'],
    ] as const)
      for (let i = 1; i <= 3; i++)
        await json(
          await staff.post('/api/reviews/case-files', {
            data: {
              number: `${prefix}〔2026〕${i}号`,
              unitId,
              kind: 'PENALTY',
              decisionDate: `2026-01-1${i}`,
              attachments: ['立案审批表', '现场检查笔录', '行政处罚决定书'],
            },
          }),
        );
    // Outside experts only: the center enters their paper sheets, so the steps below are fixed.
    const reviewers = ['外聘专家张教授', '外聘专家李律师', '外聘专家赵研究员'].map((name) => ({ name }));
    const campaign = await json<{ id: string }>(
      await staff.post('/api/reviews/campaigns', {
        data: {
          title: '2026年第一季度行政处罚案卷集中评查',
          unitIds: [unit1, unit2],
          periodFrom: '2026-01-01',
          periodTo: '2026-03-31',
          fileKinds: ['PENALTY'],
          filesPerUnit: 2,
          reviewers,
        },
      }),
    );
    state.campaignId = campaign.id;
    await staff.dispose();
  });

  test('the public looks up an officer by certificate number (1440 px and 390 px)', async ({ browser }) => {
    for (const [viewport, name] of [
      [{ width: 1440, height: 900 }, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.goto('/public/officers');
      await expect(page.getByRole('heading', { level: 1, name: '行政执法人员查询' })).toBeVisible(LOAD);
      await page.getByRole('textbox', { name: '执法证号' }).fill(CERTIFICATE);
      await page.getByTestId('officer-lookup-submit').click();
      const result = page.getByTestId('officer-lookup-result');
      await expect(result).toContainText('王建国', LOAD);
      await expect(result.getByTestId('officer-status')).toHaveAttribute('data-status', 'VALID');
      const html = await page.content();
      expect(html.includes('22030219800101123X') || html.includes('13800001111')).toBe(false);
      await expectAccessible(page, `public officer lookup ${name}`);
      if (name === 'phone') await expectNoHorizontalOverflow(page);
      await shot(page, `01-public-lookup-${name}`);
      await context.close();
    }
  });

  test('the center draws files and reviewers with an observer’s value (1440 px and 390 px)', async ({
    browser,
  }) => {
    const { context, page } = await signedIn(browser, 'staff');
    await page.goto(`/reviews/campaigns/${state.campaignId}`);
    await expect(page.getByTestId('seed-commitment')).toHaveText(/^[0-9a-f]{64}$/, LOAD);
    await shot(page, '02-campaign-before-draw-desktop');
    await page.locator('#draw-observerValue').fill('骰子 3-5-2-6');
    await page.locator('#draw-observerName').fill('驻局纪检监察组');
    await page.getByTestId('draw-submit').click();
    await page.getByRole('button', { name: '抽取', exact: true }).last().click();
    await expect(page.getByTestId('draw-seed')).toHaveText(/^[0-9a-f]{64}$/, LOAD);
    await expect(page.getByTestId('review-files').getByTestId('review-file-link')).toHaveCount(4);
    await expectAccessible(page, 'campaign draw');
    await shot(page, '03-campaign-drawn-desktop');
    await context.close();

    const phone = await signedIn(browser, 'staff', PHONE);
    await phone.page.goto(`/reviews/campaigns/${state.campaignId}`);
    await expect(phone.page.getByTestId('draw-seed')).toBeVisible(LOAD);
    await expectNoHorizontalOverflow(phone.page);
    await shot(phone.page, '04-campaign-drawn-phone');
    await phone.context.close();
  });

  test('a reviewer scores a sheet, and the center sees the scored file (1440 px and 390 px)', async ({
    browser,
    playwright,
  }) => {
    const staff = await api(playwright, 'staff');
    const campaign = await json<{ files: { id: string; sheets: { id: string }[] }[] }>(
      await staff.get(`/api/reviews/campaigns/${state.campaignId}`),
    );
    const file = campaign.files[0]!;
    const [sheet, other] = file.sheets as [{ id: string }, { id: string }];
    const sheetId = sheet.id;
    const { context, page } = await signedIn(browser, 'staff');
    await page.goto(`/reviews/sheets/${sheetId}`);
    const form = page.getByTestId('sheet-form');
    await expect(form).toBeVisible(LOAD);
    await form.getByLabel(/^卷面/).fill('18');
    await form.getByLabel(/^内容/).fill('74.5');
    await form.getByLabel('评查意见').fill('现场检查笔录未记载告知事项，扣1.5分；法律依据引用准确。');
    await expect(page.getByTestId('sheet-total')).toContainText('92.5');
    await form.getByLabel('评查意见').fill('现场检查笔录未记载告知事项，扣5.5分；法律依据引用准确。');
    await form.getByLabel(/^内容/).fill('70.5');
    await expectAccessible(page, 'score sheet');
    await shot(page, '05-score-sheet-desktop');
    await form.getByTestId('sheet-submit').click();
    await expect(page.getByRole('status').filter({ hasText: '评分已提交。' })).toBeVisible(LOAD);
    await expect(page.getByTestId('sheet-total')).toContainText('88.5');

    // The other expert's paper sheet, entered through the API: close enough to average.
    await json(
      await staff.put(`/api/reviews/sheets/${other.id}`, {
        data: { scores: { presentation: 17, content: 68 }, vetoFailed: [] },
      }),
    );

    await page.goto(`/reviews/files/${file.id}`);
    await expect(page.getByTestId('file-status')).toHaveAttribute('data-status', 'FINAL', LOAD);
    await expect(page.getByTestId('file-total')).toHaveText('86.75');
    await expectAccessible(page, 'scored file');
    await shot(page, '06-scored-file-desktop');
    await context.close();

    const phone = await signedIn(browser, 'staff', PHONE);
    await phone.page.goto(`/reviews/files/${file.id}`);
    await expect(phone.page.getByTestId('file-total')).toHaveText('86.75', LOAD);
    await expectNoHorizontalOverflow(phone.page);
    await shot(phone.page, '07-scored-file-phone');
    await phone.page.goto(`/reviews/sheets/${sheetId}`);
    await expectNoHorizontalOverflow(phone.page);
    await shot(phone.page, '08-score-sheet-phone');
    await phone.context.close();
    await staff.dispose();
  });

  test('the other registry and review pages pass axe and fit a phone', async ({ browser }) => {
    const pages: [string, string, string][] = [
      ['admin', '/admin/registry/officers', 'officers-list'],
      ['admin', '/admin/registry/bodies', 'bodies-list'],
      ['admin', '/admin/registry/benchmarks', 'benchmarks-list'],
      ['staff', '/reviews', 'campaigns-list'],
      ['staff', '/reviews/case-files', 'case-files-list'],
      ['staff', `/reviews/campaigns/${state.campaignId}/report`, 'review-report'],
    ];
    for (const [viewport, suffix] of [
      [{ width: 1440, height: 900 }, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const sessions = new Map<string, Awaited<ReturnType<typeof signedIn>>>();
      for (const [user, path, testId] of pages) {
        const session = sessions.get(user) ?? (await signedIn(browser, user, viewport));
        sessions.set(user, session);
        await session.page.goto(path);
        await expect(session.page.getByTestId(testId)).toBeVisible(LOAD);
        await expectAccessible(session.page, `${path} ${suffix}`);
        if (suffix === 'phone' && !path.endsWith('/report')) await expectNoHorizontalOverflow(session.page);
        await shot(session.page, `1${pages.findIndex((p) => p[1] === path)}-${testId}-${suffix}`);
      }
      for (const s of sessions.values()) await s.context.close();
    }
  });
});
