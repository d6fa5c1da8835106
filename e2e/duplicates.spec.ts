import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalOverflow,
  expectState,
  newContext,
  PASSWORD,
  performAction,
  settle,
  shotsNamed,
} from './support.ts';

// Issue 10, duplicate hints (staff): registering a case like a demo case of the same unit shows
// 可能重复 with a link, at 1440 and 390 px; the hinted case opens; the duplicate is merged into it
// (合并办理) and both workspaces show the link under 关联案件.

// The machine is shared: generous waits on visible state, never on time.
const expect = baseExpect.configure({ timeout: 90_000 });
test.describe.configure({ mode: 'serial', timeout: 600_000 });
test.use({ actionTimeout: 90_000 });

const PHONE_390 = { width: 390, height: 844 };
const shot = shotsNamed('dups');
const URBAN = '市城市管理综合行政执法局';
/** The demo case in ASSESSING (demo-stories.ts) that the new registrations resemble. */
const DEMO_TITLE = '媒体曝光：城管执法人员暴力收缴摊贩物品';

async function staffPage(browser: Browser, viewport: { width: number; height: number }) {
  const ctx = await newContext(browser, viewport);
  const res = await ctx.request.post('/api/auth/login', { data: { username: 'staff', password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return ctx.newPage();
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('current-user')).toBeVisible();
  await settle(page);
}

/** Fills the intake form like a hotline call about the demo case's matter; waits for the hint. */
async function registerLikeDemo(page: Page, title: string) {
  await open(page, '/cases/new');
  await page.getByLabel('线索来源').selectOption({ label: '热线电话' });
  await page.getByLabel('被反映的执法单位').selectOption({ label: URBAN });
  await page.getByLabel('标题').fill(title);
  await page
    .getByLabel('问题描述')
    .fill('来电人称城管执法人员在夜市暴力收缴摊贩的三轮车和货物，视频已在网上流传。');
  const hint = page.getByTestId('similar-cases');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText(/可能重复：\d+ 件相似案件/);
  const link = hint.getByRole('link', { name: new RegExp(DEMO_TITLE) });
  await expect(link).toBeVisible();
  return { hint, link };
}

test('desktop: the hint at intake, the hinted case, merge, and the link on both cases', async ({
  browser,
}) => {
  const page = await staffPage(browser, DESKTOP);
  const title = '城管执法人员暴力收缴夜市摊贩物品';
  const { link } = await registerLikeDemo(page, title);
  const demoHref = (await link.getAttribute('href'))!;
  const demoNumber = (await link.locator('.sp-similar__number').textContent())!.trim();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, 'intake with duplicate hint (1440)');
  await shot(page, 'intake-hint-1440');

  await page.getByTestId('registration-submit').click();
  const success = page.getByRole('link', { name: '进入案件' });
  await expect(success).toBeVisible();
  const newHref = (await success.getAttribute('href'))!;

  // The hinted case opens from the hint.
  await open(page, demoHref);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_TITLE);

  // The new case's own workspace hints at the demo case too (itself excluded), then merges into it.
  await open(page, newHref);
  const inCase = page.getByTestId('similar-cases');
  await expect(inCase.getByRole('link', { name: new RegExp(DEMO_TITLE) })).toBeVisible();
  await expect(inCase.getByRole('link', { name: new RegExp(`^\\S+ ${title}$`) })).toHaveCount(0);
  await shot(page, 'case-hint-1440');
  await performAction(page, 'merge', '合并办理', async (form) => {
    await form.getByLabel('并入的案件编号').fill(demoNumber);
    await form.getByLabel('合并理由（可不填）').fill('与媒体曝光的事项相同，合并办理。');
  });
  await expectState(page, 'CLOSED');
  const mine = page.getByTestId('related-cases');
  await expect(mine).toContainText('本案已并入');
  await expect(mine.getByRole('link', { name: new RegExp(DEMO_TITLE) })).toBeVisible();
  await expect(page.getByTestId('similar-cases')).toHaveCount(0);
  await expectAccessible(page, 'merged case (1440)');
  await shot(page, 'merged-case-1440');

  await open(page, demoHref);
  const theirs = page.getByTestId('related-cases');
  await expect(theirs).toContainText('已并入本案');
  await expect(theirs.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  // The case merged into it is no longer offered as a possible duplicate of it.
  await expect(page.getByTestId('similar-cases').getByRole('link', { name: new RegExp(title) })).toHaveCount(
    0,
  );
  await expectAccessible(page, 'case merged into (1440)');
  await shot(page, 'target-case-1440');
});

test('phone 390 px: the hint at intake and in the case, merge, the related cases on both', async ({
  browser,
}) => {
  const page = await staffPage(browser, PHONE_390);
  const { link } = await registerLikeDemo(page, '城管队员夜市暴力收缴摊贩物品');
  const demoNumber = (await link.locator('.sp-similar__number').textContent())!.trim();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'intake-hint-390');
  await page.getByTestId('registration-submit').click();
  const success = page.getByRole('link', { name: '进入案件' });
  await expect(success).toBeVisible();
  await open(page, (await success.getAttribute('href'))!);
  await expect(
    page.getByTestId('similar-cases').getByRole('link', { name: new RegExp(DEMO_TITLE) }),
  ).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'case-hint-390');
  await performAction(page, 'merge', '合并办理', async (form) => {
    await form.getByLabel('并入的案件编号').fill(demoNumber);
  });
  await expectState(page, 'CLOSED');
  const related = page.getByTestId('related-cases');
  await expect(related).toContainText('本案已并入');
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, 'merged case (390)');
  await shot(page, 'merged-case-390');
  await related.getByRole('link', { name: new RegExp(DEMO_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_TITLE);
  await expect(page.getByTestId('related-cases')).toContainText('已并入本案');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'target-case-390');
});
