import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  loginViaForm,
  newContext,
  PASSWORD,
  settle,
} from './support.ts';

// Issue 8 (office half), in the browser: the admin sets the office profile and a printed notice
// shows the new authority and title; a notice issued on 2026-12-31 runs into 2027, whose
// arrangement is missing (provisional); the calendar page enters 2027's arrangement and lists the
// moved deadline before saving; the audit page verifies a case's chain and shows who read a
// reporter. Screenshots at 1440 px and 390 px, prefixed office-.

const AUTHORITY = '梨树县司法局';
const CENTER = '梨树县行政执法监督投诉举报中心';
const NOTICE_TITLE = '行政执法监督通知书（试行）';
const NARROW = { width: 390, height: 844 };
const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

let shotNo = 0;
async function officeShot(page: Page, step: string) {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(DIR, { recursive: true });
  shotNo += 1;
  const file = `${DIR}office-${String(shotNo).padStart(2, '0')}-${step}.png`;
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
}

const contexts: BrowserContext[] = [];
async function signedIn(
  browser: Parameters<typeof newContext>[0],
  username: string,
  viewport?: typeof NARROW,
) {
  const context = await newContext(browser, viewport);
  contexts.push(context);
  const page = await context.newPage();
  await loginViaForm(page, username);
  return page;
}

async function api(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return request;
}

/** A notice issued at the test clock's instant with `days` working days (API, as the roles would). */
async function issueNotice(staff: APIRequestContext, director: APIRequestContext, days: number) {
  const units = (await (await staff.get('/api/units')).json()) as { id: string }[];
  const created = await staff.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title: '跨年期限测试',
      description: '执法人员未出示证件',
      unitId: units[0]!.id,
      reporter: { name: '赵六' },
    },
  });
  expect(created.status()).toBe(201);
  let c = (await created.json()) as { id: string; number: string; version: number };
  const act = async (who: APIRequestContext, action: string, payload: object = {}) => {
    const res = await who.post(`/api/cases/${c.id}/actions`, {
      data: { action, version: c.version, ...payload },
    });
    expect(res.ok(), await res.text()).toBe(true);
    c = await res.json();
  };
  await act(staff, 'start_assessment');
  await act(staff, 'open_investigation');
  await act(staff, 'draft_notice', {
    findings: '未出示执法证件即实施检查',
    legalBasis: '《行政处罚法》第五十五条',
    requiredRectification: '责令改正并书面报告',
    deadlineWorkingDays: days,
  });
  await act(director, 'approve_notice');
  return c;
}

test.describe('office profile, calendar and audit', () => {
  // Several users and a full calendar round trip per test: give a loaded machine time.
  test.describe.configure({ mode: 'serial', timeout: 480_000 });
  let original: Record<string, unknown>;
  const state = { caseId: '', caseNumber: '' };

  test.beforeAll(async ({ playwright }) => {
    const admin = await api(
      await playwright.request.newContext({ baseURL: test.info().project.use.baseURL }),
      'admin',
    );
    original = (await (await admin.get('/api/admin/settings')).json()) as Record<string, unknown>;
    await admin.dispose();
  });

  test.afterAll(async ({ playwright }) => {
    // Leave the shared server as it was for the other specs: Siping's profile, the real clock.
    const admin = await api(
      await playwright.request.newContext({ baseURL: test.info().project.use.baseURL }),
      'admin',
    );
    expect((await admin.put('/api/admin/settings', { data: original })).ok()).toBe(true);
    expect((await admin.post('/api/test/clock', { data: { now: null } })).ok()).toBe(true);
    await admin.dispose();
    for (const context of contexts) await context.close();
  });

  test('the admin sets the profile; the login page, header and printed notice follow it', async ({
    browser,
  }) => {
    const page = await signedIn(browser, 'admin');
    await page.getByRole('link', { name: '办公设置' }).click();
    await expect(page.getByTestId('profile-form')).toBeVisible();
    await expect(page.getByTestId('authority-name')).toHaveValue('四平市司法局');
    await page.getByTestId('authority-name').fill(AUTHORITY);
    await page.getByTestId('center-name').fill(CENTER);
    await page.getByTestId('instrument-title-NOTICE').fill(NOTICE_TITLE);
    await page.getByTestId('save-profile').click();
    await expect(page.getByTestId('profile-status')).toHaveText('办公设置已保存。');
    await expect(page.getByTestId('profile-history')).toContainText(
      `监督机关名称（版头、落款）：四平市司法局 → ${AUTHORITY}`,
    );
    await expect(page.getByTestId('header-authority')).toHaveText(AUTHORITY);
    await expectAccessible(page, 'admin profile');
    await officeShot(page, 'profile');

    const phone = await signedIn(browser, 'admin', NARROW);
    await phone.goto('/admin/profile');
    await expect(phone.getByTestId('authority-name')).toHaveValue(AUTHORITY, { timeout: 60_000 });
    await expectNoHorizontalOverflow(phone);
    await officeShot(phone, 'phone-profile');

    const anonymous = await (await newContext(browser)).newPage();
    await anonymous.goto('/login');
    await expect(anonymous.getByTestId('login-authority')).toContainText(AUTHORITY);
    await anonymous.goto('/public/report');
    await expect(anonymous.getByTestId('public-authority')).toHaveText(AUTHORITY);

    const staff = await signedIn(browser, 'staff');
    const list = (await (await staff.request.get('/api/cases?pageSize=100')).json()) as {
      items: { id: string; noticeNumber: string | null }[];
    };
    const issued = list.items.find((c) => c.noticeNumber !== null)!;
    await staff.goto(`/cases/${issued.id}`);
    await expect(staff.getByTestId('notice-card')).toContainText(NOTICE_TITLE);
    await expect(staff.getByTestId('case-notice-issuer')).toHaveText(AUTHORITY);
    await staff.goto(`/cases/${issued.id}/notice`);
    await expect(staff.getByTestId('notice-issuer')).toHaveText(AUTHORITY);
    await expect(staff.getByTestId('notice-title')).toHaveText(NOTICE_TITLE);
    await expect(staff.getByTestId('notice-document')).toContainText(CENTER);
    await staff.emulateMedia({ media: 'print' });
    await expect(staff.getByTestId('notice-issuer')).toBeVisible();
    await officeShot(staff, 'printed-notice');
    await staff.emulateMedia({ media: 'screen' });
  });

  test('a deadline running into 2027 is provisional; entering 2027 lists the moved deadline first', async ({
    browser,
    playwright,
  }) => {
    const baseURL = test.info().project.use.baseURL;
    const staffApi = await api(await playwright.request.newContext({ baseURL }), 'staff');
    const directorApi = await api(await playwright.request.newContext({ baseURL }), 'director');
    // Thu 2026-12-31, 10:00 in Shanghai; 30 working days by the statutory holidays → 2027-02-16.
    expect((await staffApi.post('/api/test/clock', { data: { now: '2026-12-31T02:00:00Z' } })).ok()).toBe(
      true,
    );
    const c = await issueNotice(staffApi, directorApi, 30);
    Object.assign(state, { caseId: c.id, caseNumber: c.number });
    await staffApi.dispose();
    await directorApi.dispose();

    const staff = await signedIn(browser, 'staff');
    await staff.goto(`/cases/${c.id}`);
    await expect(staff.getByTestId('deadline-provisional')).toHaveText('暂定');
    await expect(staff.getByTestId('deadline-provisional-reason')).toContainText(
      '2027 年的国务院节假日安排尚未录入',
    );
    await expect(staff.getByTestId('deadline-due-at')).toContainText('2027-02-16');
    await officeShot(staff, 'provisional-deadline');

    const admin = await signedIn(browser, 'admin');
    await expect(admin.getByTestId('calendar-warning')).toContainText('尚未录入 2027 年的国务院节假日安排');
    await admin.getByTestId('calendar-warning').getByRole('link', { name: '去录入' }).click();
    await expect(admin.getByTestId('year-status')).toContainText('2027 年的国务院节假日安排尚未录入');
    await expect(admin.locator('[data-date="2027-02-05"]')).toHaveClass(/sp-day--STATUTORY/);
    const form = admin.getByTestId('arrangement-form');
    const holidays = form.getByTestId('holiday-row');
    await holidays.nth(0).getByLabel('节日').fill('元旦');
    await holidays.nth(0).getByLabel('放假起').fill('2027-01-01');
    await holidays.nth(0).getByLabel('放假止').fill('2027-01-03');
    await form.getByTestId('add-holiday').click();
    await holidays.nth(1).getByLabel('节日').fill('春节');
    await holidays.nth(1).getByLabel('放假起').fill('2027-02-05');
    await holidays.nth(1).getByLabel('放假止').fill('2027-02-13');
    await form.getByTestId('add-makeup').click();
    await form.getByTestId('makeup-row').nth(0).getByLabel('日期（周六或周日）').fill('2027-02-20');
    await form.getByTestId('makeup-row').nth(0).getByLabel('对应节日').fill('春节');
    await form.getByTestId('preview-arrangement').click();
    const preview = admin.getByTestId('arrangement-preview');
    await expect(preview.getByTestId('moves-list')).toContainText(state.caseNumber);
    await expect(preview.getByTestId('moves-list')).toContainText('2027-02-16');
    await expect(preview.getByTestId('moves-list')).toContainText('2027-02-20');
    await expectAccessible(admin, 'admin calendar preview');
    await officeShot(admin, 'calendar-preview');

    const phone = await signedIn(browser, 'admin', NARROW);
    await phone.goto('/admin/calendar?year=2027');
    await expect(phone.getByTestId('year-grid')).toBeVisible({ timeout: 60_000 });
    await expectNoHorizontalOverflow(phone);
    await officeShot(phone, 'phone-calendar');

    await preview.getByTestId('save-arrangement').click();
    await expect(admin.getByTestId('arrangement-status')).toHaveText('已保存，1 件案件的期限已重新计算。');
    await expect(admin.getByTestId('year-status')).toContainText('已录入 2027 年国务院节假日安排');
    await expect(admin.getByTestId('calendar-warning')).toHaveCount(0);
    await expect(admin.locator('[data-date="2027-02-20"]')).toHaveClass(/sp-day--MAKEUP/);
    await officeShot(admin, 'calendar-saved');

    await staff.reload();
    await expect(staff.getByTestId('deadline-due-at')).toContainText('2027-02-20');
    await expect(staff.getByTestId('deadline-provisional')).toHaveCount(0);
  });

  test('the audit page verifies a chain by number and lists who read a reporter', async ({ browser }) => {
    const staff = await signedIn(browser, 'staff');
    await staff.goto(`/cases/${state.caseId}`);
    await staff.getByTestId('verify-chain').click();
    await expect(staff.getByTestId('chain-result')).toContainText('未被篡改');

    const admin = await signedIn(browser, 'admin');
    await admin.getByRole('link', { name: '审计' }).click();
    await admin.getByTestId('chain-case-number').fill(state.caseNumber);
    await admin.getByTestId('chain-verify').click();
    await expect(admin.getByTestId('chain-result')).toContainText(`${state.caseNumber}：`);
    await expect(admin.getByTestId('chain-result')).toContainText('未被篡改');
    await admin.getByTestId('access-case-number').fill(state.caseNumber);
    await admin.getByTestId('access-search').click();
    await expect(admin.getByTestId('access-log')).toContainText('张敏');
    await expectAccessible(admin, 'admin audit');
    await officeShot(admin, 'audit');

    const phone = await signedIn(browser, 'admin', NARROW);
    await phone.goto('/admin/audit');
    await expect(phone.getByTestId('access-log')).toBeVisible({ timeout: 60_000 });
    await expectNoHorizontalOverflow(phone);
    await officeShot(phone, 'phone-audit');
  });
});
