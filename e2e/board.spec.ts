import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalOverflow, loginViaForm, newContext, settle } from './support.ts';

// 电子监察 board and a 通报 document, on a desktop and at 390 px: screenshots board-*.png and
// circular-*.png.

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PHONE_390 = { width: 390, height: 844 };

async function shot(page: Page, name: string) {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}${name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
}

for (const [label, viewport] of [
  ['desktop', undefined],
  ['390', PHONE_390],
] as const) {
  test(`board and 通报 — ${label}`, async ({ browser }) => {
    const context = viewport ? await newContext(browser, viewport) : await newContext(browser);
    const page = await context.newPage();
    await loginViaForm(page, 'director');
    await page.goto('/monitoring');
    await expect(page.getByTestId('period-picker')).toBeVisible();
    await expect(page.locator('.sp-mon-unit').first()).toBeVisible();
    if (viewport) await expectNoHorizontalOverflow(page);
    await shot(page, `board-${label}`);

    await page.goto('/circulars');
    await page.getByRole('button', { name: '生成通报草稿' }).click();
    await expect(page.getByTestId('circular-document')).toBeVisible();
    await page.getByRole('button', { name: '印发' }).click();
    await expect(page.getByTestId('circular-document')).toContainText('监督通报〔');
    await shot(page, `circular-${label}`);
    await context.close();
  });
}
