import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, loginViaForm, newContext, settle } from './support.ts';

// The statistics page: a period (month/quarter/year/custom), the numbers, ECharts charts each
// with its table, and the Excel downloads; on a desktop and at 390 px.

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PHONE_390 = { width: 390, height: 844 };

async function shot(page: Page, name: string) {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({
    path: `${DIR}stats-${name}.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

async function openStats(page: Page) {
  await loginViaForm(page, 'director');
  await page.goto('/dashboard');
  await expect(page.getByTestId('period-picker')).toBeVisible();
  await page.getByText('年度', { exact: true }).click();
  // Each chart draws (SVG) and keeps its numbers in a table beside it.
  for (const id of ['chart-trend', 'chart-units', 'chart-sources', 'chart-referrals', 'chart-stages'])
    await expect(page.getByTestId(id).locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('chart-trend').locator('table tbody tr').first()).toBeVisible();
}

test('statistics: period, charts with tables, Excel — desktop', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openStats(page);
  await expect(page.getByTestId('stat-onTime')).toBeVisible();
  await expect(page.getByTestId('stat-rate')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('stats-export').click();
  expect((await download).suggestedFilename()).toMatch(/^执法监督统计-.*\.xlsx$/);

  await page.getByText('季度', { exact: true }).click();
  await expect(page.getByText(/^第[1-4]季度$/).first()).toBeVisible();
  await page.getByText('自定义', { exact: true }).click();
  await page.getByLabel('开始日期').fill('2026-12-31');
  await page.getByLabel('结束日期').fill('2026-01-01');
  await expect(page.getByRole('alert')).toContainText('结束日期不能早于开始日期');
  await page.getByText('年度', { exact: true }).click();
  await expectAccessible(page, 'statistics');
  await shot(page, 'desktop');

  await page.goto('/cases');
  const listDownload = page.waitForEvent('download');
  await page.getByTestId('cases-export').click();
  expect((await listDownload).suggestedFilename()).toMatch(/^案件清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await context.close();
});

test('statistics at 390 px: no sideways scrolling, charts stacked', async ({ browser }) => {
  const context = await newContext(browser, PHONE_390);
  const page = await context.newPage();
  await openStats(page);
  await expectNoHorizontalOverflow(page);
  await shot(page, '390');
  await context.close();
});
