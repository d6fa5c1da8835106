import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  loginViaForm,
  newContext,
  shotsNamed,
} from './support.ts';

// The e-mail digest's opt-in (issue 11): the administrator gives a user an e-mail address on the
// users page; a malformed one is refused at the field, a valid one is listed. Screenshots at
// 1440 px and 390 px (e2e/screenshots/email-*.png), axe on both.

const PHONE_390 = { width: 390, height: 844 };
const shot = shotsNamed('email');
const ADDRESS = 'wang.fang@scjgj.example.gov.cn';

test.describe.configure({ mode: 'serial' });
// Generous: these run on a shared, loaded machine (waits are on visible state, never on time).
test.setTimeout(480_000);

test('the administrator sets a user’s e-mail for the daily digest', async ({ browser }) => {
  const ctx = await newContext(browser);
  const admin = await ctx.newPage();
  await loginViaForm(admin, 'admin');
  await admin.goto('/admin/users?q=unit1.handler');
  const list = admin.getByTestId('users-list');
  // generous: the first list after the server's start is slow on a loaded machine
  await expect(list).toContainText('unit1.handler', { timeout: 90_000 });
  await list
    .getByRole('button', { name: /^编辑 / })
    .first()
    .click();
  const dialog = admin.getByRole('dialog');
  const email = dialog.getByLabel('邮箱');
  await email.fill('wang.fang@');
  await dialog.getByTestId('user-save').click();
  await expect(dialog.getByText('邮箱格式不正确').first()).toBeVisible();
  await shot(admin, 'user-form');
  await expectAccessible(admin, 'user form with a malformed e-mail');
  await email.fill(ADDRESS);
  await dialog.getByTestId('user-save').click();
  await expect(dialog).toBeHidden();
  await expect(list).toContainText(ADDRESS);
  await shot(admin, 'users');
  await expectAccessible(admin, 'users with e-mail');
  await ctx.close();
});

test('the users page and form show the e-mail at 390 px', async ({ browser }) => {
  const phoneCtx = await newContext(browser, PHONE_390);
  const phone = await phoneCtx.newPage();
  await loginViaForm(phone, 'admin');
  await phone.goto('/admin/users?q=unit1.handler');
  await expect(phone.getByTestId('users-list-item').first()).toContainText(ADDRESS, { timeout: 60_000 });
  await expectNoHorizontalOverflow(phone);
  await shot(phone, 'phone-users');
  await expectAccessible(phone, 'users with e-mail (390 px)');
  await phone
    .getByRole('button', { name: /^编辑 / })
    .first()
    .click();
  await expect(phone.getByRole('dialog').getByLabel('邮箱')).toHaveValue(ADDRESS);
  await expectNoHorizontalOverflow(phone);
  await shot(phone, 'phone-user-form');
  await phoneCtx.close();
});
