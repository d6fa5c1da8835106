import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { settle } from './support.ts';

// Helpers of the administration specs: `admin-` screenshots, the password forms, and an .xlsx
// built the way an office fills in the template.

const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** `e2e/screenshots/admin-<name>.png`, full page, settled, from the top. */
export async function adminShot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOT_DIR}admin-${name}.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // Signed in once the app has left the login page (for its home, or the password change).
  await expect(page).not.toHaveURL(/\/login/);
}

/** The forced change after a one-time password: lands on the role's home. */
export async function replaceOneTimePassword(page: Page, oneTime: string, own: string): Promise<void> {
  await expect(page).toHaveURL(/\/password-change$/);
  await expect(page.getByRole('heading', { name: '请先修改初始密码' })).toBeVisible();
  await page.getByLabel('初始密码', { exact: true }).fill(oneTime);
  await page.getByLabel('新密码', { exact: true }).fill(own);
  await page.getByLabel('再次输入新密码', { exact: true }).fill(own);
  await page.getByTestId('password-submit').click();
  await expect(page).not.toHaveURL(/\/password-change$/);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export type Sheet = (string | number)[][];

/** An .xlsx with the template's two sheets and headers, and these data rows. */
export async function directoryWorkbook(units: Sheet, users: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const u = wb.addWorksheet('执法单位');
  u.addRow(['单位名称', '统一社会信用代码']);
  for (const r of units) u.addRow(r);
  const p = wb.addWorksheet('用户');
  p.addRow(['用户名', '姓名', '角色', '所属单位']);
  for (const r of users) p.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
