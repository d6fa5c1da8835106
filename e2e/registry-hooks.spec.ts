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

// Issue 12's hooks in the browser: a case citing an officer whose 执法证 had expired on the
// date of the act (the red flag and its reason), the notice form citing a 裁量基准, the stats
// page with 举报案件查处率 beside 案卷评查合格率, and a closed campaign's 通报 under the office
// profile's letterhead — at 1440 px and 390 px, screenshots `registry-2x-*`.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const LOAD = { timeout: 60_000 };
const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const UNIT1 = '市市场监督管理局';
const UNIT2 = '市城市管理综合行政执法局';
const AUTHORITY = '四平市司法局';
const state = { caseId: '', campaignId: '' };

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
}) {
  expect(res.ok(), `${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function signedIn(browser: Browser, username: string, viewport = DESKTOP) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await loginViaForm(page, username);
  return { context, page };
}

test.describe('registry hooks: cited officers, benchmarks, statistics, the 通报', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 });

  test.beforeAll(async ({ playwright }) => {
    const admin = await api(playwright, 'admin');
    await json(
      await admin.put('/api/admin/settings', {
        data: {
          authorityName: AUTHORITY,
          centerName: '四平市行政执法监督中心',
          overduePolicy: 'REFER_TO_DISCIPLINE',
        },
      }),
    );
    const units = await json<{ id: string; name: string }[]>(await admin.get('/api/public/units'));
    const unit1 = units.find((u) => u.name === UNIT1)!.id;
    const unit2 = units.find((u) => u.name === UNIT2)!.id;
    const officer = async (name: string, certificateNo: string, validUntil: string) =>
      (
        await json<{ id: string }>(
          await admin.post('/api/admin/registry/officers', {
            data: {
              name,
              unitId: unit1,
              certificateNo,
              fields: ['食品安全'],
              validFrom: '2022-01-01',
              validUntil,
            },
          }),
        )
      ).id;
    const valid = await officer('王建国', '22010002001', '2030-12-31');
    const expired = await officer('刘明', '22010002002', '2025-12-31');
    await json(
      await admin.post('/api/admin/registry/benchmarks', {
        data: {
          unitId: unit1,
          field: '食品安全',
          violation: '经营超过保质期的食品',
          legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
          ranges: [{ circumstance: '轻微：货值不足一万元且初次违法', range: '罚款五万元至八万元' }],
        },
      }),
    );
    await admin.dispose();

    const staff = await api(playwright, 'staff');
    const created = await json<{ id: string }>(
      await staff.post('/api/cases', {
        data: {
          source: 'HOTLINE',
          title: '执法人员执法证过期仍参与食品检查',
          description: '热线反映：2026年2月3日在某超市检查时，两名执法人员中一人出示的执法证已过有效期。',
          unitId: unit1,
          occurredAt: '2026-02-03T10:00:00+08:00',
          officerIds: [valid, expired],
        },
      }),
    );
    state.caseId = created.id;
    // Two steps so that the notice form is open to the center.
    for (const action of ['start_assessment', 'open_investigation']) {
      const c = await json<{ version: number }>(await staff.get(`/api/cases/${created.id}`));
      await json(
        await staff.post(`/api/cases/${created.id}/actions`, { data: { action, version: c.version } }),
      );
    }

    for (const [unitId, prefix] of [
      [unit1, '市监罚'],
      [unit2, '城管罚'],
    ] as const)
      for (let i = 1; i <= 2; i++)
        await json(
          await staff.post('/api/reviews/case-files', {
            data: {
              number: `${prefix}〔2026〕${10 + i}号`,
              unitId,
              kind: 'PENALTY',
              decisionDate: `2026-02-1${i}`,
              attachments: ['立案审批表', '现场检查笔录', '行政处罚决定书'],
            },
          }),
        );
    const campaign = await json<{ id: string }>(
      await staff.post('/api/reviews/campaigns', {
        data: {
          title: '2026年第一季度行政处罚案卷集中评查',
          unitIds: [unit1, unit2],
          periodFrom: '2026-02-01',
          periodTo: '2026-02-28',
          fileKinds: ['PENALTY'],
          filesPerUnit: 2,
          reviewers: ['外聘专家张教授', '外聘专家李律师', '外聘专家赵研究员'].map((name) => ({ name })),
        },
      }),
    );
    state.campaignId = campaign.id;
    await json(await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, { data: {} }));
    const view = await json<{ files: { id: string; sheets: { id: string }[] }[] }>(
      await staff.get(`/api/reviews/campaigns/${campaign.id}`),
    );
    const plans = [
      { total: 94, vetoFailed: [] as string[], comments: '' },
      { total: 82, vetoFailed: ['facts'], comments: '缺少现场检查笔录，违法事实认定证据不足。' },
      { total: 76, vetoFailed: [], comments: '' },
      { total: 55, vetoFailed: [], comments: '案卷装订不规范，文书送达回证缺失。' },
    ];
    for (const [i, file] of view.files.entries()) {
      const plan = plans[i % plans.length]!;
      for (const sheet of file.sheets)
        await json(
          await staff.put(`/api/reviews/sheets/${sheet.id}`, {
            data: {
              scores: { presentation: 18, content: plan.total - 18 },
              vetoFailed: plan.vetoFailed,
              ...(plan.comments ? { comments: plan.comments } : {}),
            },
          }),
        );
    }
    await json(await staff.post(`/api/reviews/campaigns/${campaign.id}/close`));
    await json(
      await staff.post(`/api/reviews/files/${view.files[1]!.id}/finding`, {
        data: { description: '案卷缺少现场检查笔录，事实认定证据不足，需核查原执法行为。' },
      }),
    );
    await staff.dispose();
  });

  test('a case flags the officer whose certificate had expired on the date of the act', async ({
    browser,
  }) => {
    for (const [viewport, name] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await signedIn(browser, 'staff', viewport);
      await page.goto(`/cases/${state.caseId}`);
      const card = page.getByTestId('case-officers');
      await expect(card.getByTestId('uncertified-flag')).toBeVisible(LOAD);
      await expect(card.getByTestId('uncertified-flag')).toContainText('刘明');
      await expect(card.getByTestId('uncertified-flag')).toContainText('行为发生时（2026-02-03）已过期');
      await expect(card.getByTestId('case-officer')).toHaveCount(2);
      await expect(page.getByTestId('uncertified-tag')).toBeVisible();
      await expectAccessible(page, `case officers ${name}`);
      if (name === 'phone') await expectNoHorizontalOverflow(page);
      if (name === 'phone') await card.scrollIntoViewIfNeeded();
      await shot(page, `20-case-uncertified-officer-${name}`);
      await context.close();
    }
  });

  test('the center names the officers involved as it registers a case', async ({ browser }) => {
    const { context, page } = await signedIn(browser, 'staff', PHONE);
    await page.goto('/cases/new');
    const officers = page.getByTestId('intake-officers');
    await expect(officers).toBeVisible(LOAD);
    await officers.getByRole('searchbox').fill('刘明');
    await officers.getByTestId('officer-candidates').getByRole('button', { name: '新增' }).click();
    await expect(officers.getByRole('list', { name: '已选执法人员' })).toContainText('刘明（22010002002）');
    await expectAccessible(page, 'intake with officers phone');
    await expectNoHorizontalOverflow(page);
    await shot(page, '24-intake-officers-phone');
    await context.close();
  });

  test('the notice form inserts a 裁量基准 citation into the legal basis', async ({ browser }) => {
    const { context, page } = await signedIn(browser, 'staff');
    await page.goto(`/cases/${state.caseId}`);
    await page.getByTestId('action-panel').getByRole('button', { name: '起草监督通知书' }).click();
    const picker = page.getByTestId('benchmark-cite');
    await picker.getByRole('button', { name: '引用裁量基准' }).click();
    await picker.getByRole('button', { name: '插入引用' }).first().click();
    await expect(page.locator('#draft_notice-legalBasis')).toHaveValue(/食品安全法》第一百二十四条；参照/);
    await expect(picker.getByRole('button', { name: '已引用' })).toBeVisible();
    await expectAccessible(page, 'notice form with benchmarks');
    await shot(page, '21-notice-form-benchmark-desktop');
    await context.close();
  });

  test('the stats page shows 举报案件查处率 beside 案卷评查合格率 and uncertified-officer cases', async ({
    browser,
  }) => {
    for (const [viewport, name] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await signedIn(browser, 'director', viewport);
      await page.goto('/');
      const quality = page.getByTestId('stats-quality');
      await expect(quality).toBeVisible(LOAD);
      await expect(quality.getByTestId('stat-reviewPassRate')).toContainText('50%');
      await expect(quality.getByTestId('stat-uncertifiedOfficerCases')).toContainText('1');
      await expectAccessible(page, `stats ${name}`);
      await shot(page, `22-stats-quality-${name}`);
      await context.close();
    }
  });

  test('the campaign 通报 prints under the office profile’s letterhead, with its findings', async ({
    browser,
  }) => {
    for (const [viewport, name] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await signedIn(browser, 'staff', viewport);
      await page.goto(`/reviews/campaigns/${state.campaignId}/report`);
      const report = page.getByTestId('review-report');
      await expect(report).toBeVisible(LOAD);
      await expect(report).toContainText(AUTHORITY);
      await expect(report.getByTestId('report-findings')).toContainText('事实清楚、证据确凿');
      await expect(report.getByTestId('report-findings')).toContainText('已立监督案件');
      await expectAccessible(page, `report ${name}`);
      await shot(page, `23-campaign-report-${name}`);
      await context.close();
    }
  });
});
