import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { adminShot, directoryWorkbook, replaceOneTimePassword, signIn, XLSX_MIME } from './admin-support.ts';
import { adminCreate, createEmptyDatabase, type OfficeServer, startServer } from './office-server.ts';
import { expectAccessible, expectNoHorizontalOverflow, settle } from './support.ts';

// Issue 8's office, from nothing: a fresh EMPTY PostgreSQL database, `pnpm admin:create`, the
// administrator's first sign-in with the forced password change, units and users imported from
// an .xlsx (one bad file first), a unit and a user added by hand, and an imported unit leader
// signing in and replacing the one-time password. Screenshots of every administration page at
// 1440 px and 390 px (e2e/screenshots/admin-*.png), each page checked with axe.

const ADMIN = {
  username: 'chief',
  name: '张建国',
  oneTime: 'Siping-first-2026',
  own: 'siping-admin-passphrase',
};
const MARKET = { name: '四平市市场监督管理局', code: '11220300MB1234567X' };
const CITY = { name: '四平市城市管理行政执法局', code: '11220300MB7654321T' };
const PHONE = { width: 390, height: 844 };
const OFFICE = { authority: '四平市司法局', center: '四平市行政执法监督投诉举报中心' };

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
let server: OfficeServer;
const contexts: BrowserContext[] = [];
const state = { leaderPassword: '', staffPassword: '', directorPassword: '' };

async function newPage(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport,
  });
  contexts.push(context);
  return context.newPage();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  db = await createEmptyDatabase();
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.stop();
  await db?.drop();
});

let admin: Page;

test('pnpm admin:create makes the first administrator on an empty PostgreSQL database', async () => {
  const created = adminCreate(db.url, ADMIN.username, ADMIN.oneTime, ADMIN.name);
  expect(created.status, `${created.stdout}${created.stderr}`).toBe(0);
  // A second time the username exists: exit 1, nothing changed.
  const again = adminCreate(db.url, ADMIN.username, ADMIN.oneTime, ADMIN.name);
  expect(again.status).toBe(1);
  expect(`${again.stdout}${again.stderr}`).toMatch(/已存在/);
  server = await startServer(db.url);
});

test('the administrator signs in and must replace the password first', async ({ browser }) => {
  admin = await newPage(browser);
  await signIn(admin, ADMIN.username, ADMIN.oneTime);
  await expect(admin).toHaveURL(/\/password-change$/);
  await adminShot(admin, '01-first-sign-in-password');
  await expectAccessible(admin, 'admin password change');
  // The policy is checked before anything is sent.
  await admin.getByLabel('初始密码', { exact: true }).fill(ADMIN.oneTime);
  await admin.getByLabel('新密码', { exact: true }).fill('short');
  await admin.getByTestId('password-submit').click();
  await expect(admin.getByRole('alert')).toContainText('密码至少 10 个字符');
  await replaceOneTimePassword(admin, ADMIN.oneTime, ADMIN.own);
  await expect(admin).toHaveURL(/\/admin\/users$/);
  // No demo data: the administrator is the only user, and no unit exists yet.
  await expect(admin.getByTestId('users-list').getByRole('row')).toHaveCount(2);
  await expect(admin.getByTestId('current-user')).toHaveText(/张建国\s*系统管理员/);
});

test('the administrator sets the office profile: 四平市司法局 and its center', async () => {
  await admin.goto('/admin/profile');
  await expect(admin.getByTestId('profile-form')).toBeVisible();
  // A new office starts from the generic defaults, never another city's name.
  await expect(admin.getByTestId('authority-name')).toHaveValue('司法局');
  await admin.getByTestId('authority-name').fill(OFFICE.authority);
  await admin.getByTestId('center-name').fill(OFFICE.center);
  await admin.getByTestId('save-profile').click();
  await expect(admin.getByTestId('profile-status')).toHaveText('办公设置已保存。');
  await expect(admin.getByTestId('header-authority')).toHaveText(OFFICE.authority);
  await adminShot(admin, '01b-office-profile');
});

test('a file with mistakes is refused row by row, and nothing is imported', async () => {
  await admin.goto('/admin/import');
  await expect(admin.getByRole('heading', { name: '批量导入', level: 1 })).toBeVisible();
  const template = await admin.request.get('/api/admin/import/template');
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toBe(XLSX_MIME);
  await adminShot(admin, '02-import');
  await expectAccessible(admin, 'import');
  const bad = await directoryWorkbook(
    [[MARKET.name, '11220300MB1234567Y']],
    [
      ['sp.leader', '陈志强', '局长', MARKET.name],
      ['x', '', '执法单位经办人', ''],
    ],
  );
  await admin
    .getByLabel('选择 .xlsx 文件')
    .setInputFiles({ name: '单位和用户.xlsx', mimeType: XLSX_MIME, buffer: bad });
  await admin.getByTestId('import-submit').click();
  const issues = admin.getByTestId('import-issues');
  await expect(issues).toContainText('「执法单位」第 2 行「统一社会信用代码」');
  await expect(issues).toContainText('「用户」第 2 行「角色」');
  await expect(issues).toContainText('「用户」第 3 行「姓名」');
  await adminShot(admin, '03-import-errors');
});

test('units and users are imported from an .xlsx; one-time passwords are shown once', async () => {
  const good = await directoryWorkbook(
    [
      [MARKET.name, MARKET.code],
      [CITY.name, ''],
    ],
    [
      ['sp.leader', '陈志强（局长）', '执法单位主要领导', MARKET.code],
      ['sp.handler', '王芳（经办人）', '执法单位经办人', MARKET.name],
      ['cg.handler', '刘洋（经办人）', '执法单位经办人', CITY.name],
      ['zhang.min', '张敏', '投诉中心经办人', ''],
      ['li.ming', '李明', '监督机构负责人', ''],
    ],
  );
  await admin
    .getByLabel('选择 .xlsx 文件')
    .setInputFiles({ name: '单位和用户.xlsx', mimeType: XLSX_MIME, buffer: good });
  await admin.getByTestId('import-submit').click();
  const result = admin.getByTestId('import-result');
  await expect(result).toContainText('导入完成：新建 2 个执法单位、5 个用户');
  const oneTime = async (username: string) =>
    (await admin.getByTestId(`otp-${username}`).textContent())?.trim() ?? '';
  state.leaderPassword = await oneTime('sp.leader');
  state.staffPassword = await oneTime('zhang.min');
  state.directorPassword = await oneTime('li.ming');
  expect(state.leaderPassword).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await adminShot(admin, '04-import-done');
  await expectAccessible(admin, 'import result');
});

test('units: the list, and a unit added by hand with its credit code checked', async () => {
  await admin.goto('/admin/units');
  await expect(admin.getByTestId('units-list')).toContainText(MARKET.code);
  await admin.getByTestId('unit-create').click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('单位名称').fill('四平市交通运输局');
  await dialog.getByLabel('统一社会信用代码').fill('11220300MB2468013A');
  await dialog.getByTestId('unit-save').click();
  await expect(dialog.getByRole('alert')).toContainText('校验位');
  await adminShot(admin, '05-unit-form-error');
  await dialog.getByLabel('统一社会信用代码').fill('11220300MB2468013F');
  await dialog.getByTestId('unit-save').click();
  await expect(admin.getByTestId('admin-notice')).toContainText('已创建单位 四平市交通运输局');
  await expect(admin.getByTestId('units-list')).toContainText('11220300MB2468013F');
  await adminShot(admin, '06-units');
  await expectAccessible(admin, 'units');
});

test('users: the list, and a user added by hand gets a one-time password', async () => {
  await admin.goto('/admin/users');
  await expect(admin.getByTestId('users-list')).toContainText('sp.leader');
  await admin.getByTestId('user-create').click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('用户名').fill('jt.leader');
  await dialog.getByLabel('姓名').fill('赵刚（局长）');
  await dialog.getByLabel('角色').selectOption({ label: '执法单位主要领导' });
  await dialog.getByLabel('所属单位').selectOption({ label: '四平市交通运输局' });
  await adminShot(admin, '07-user-form');
  await dialog.getByTestId('user-save').click();
  await expect(dialog.getByTestId('one-time-passwords')).toContainText('jt.leader');
  await adminShot(admin, '08-user-created');
  await dialog.getByTestId('otp-done').click();
  await expect(admin.getByTestId('users-list')).toContainText('赵刚（局长）');
  await adminShot(admin, '09-users');
  await expectAccessible(admin, 'users');
});

test('every administration page works at 390 px (cards, no sideways scrolling)', async ({ browser }) => {
  const phone = await newPage(browser, PHONE);
  await signIn(phone, ADMIN.username, ADMIN.own);
  await expect(phone.getByTestId('current-user')).toBeAttached();
  for (const [path, name] of [
    ['/admin/users', '10-phone-users'],
    ['/admin/units', '11-phone-units'],
    ['/admin/import', '12-phone-import'],
    ['/account/password', '13-phone-account-password'],
  ] as const) {
    await phone.goto(path);
    await expect(phone).toHaveURL(new RegExp(`${path}$`));
    await settle(phone);
    await expectNoHorizontalOverflow(phone);
    await adminShot(phone, name);
    await expectAccessible(phone, `${name} (390 px)`);
  }
  await phone.goto('/admin/users');
  await expect(phone.getByTestId('users-list-item').first()).toBeVisible();
});

test('an imported unit leader signs in and must replace the one-time password', async ({ browser }) => {
  const leader = await newPage(browser);
  await signIn(leader, 'sp.leader', state.leaderPassword);
  await expect(leader).toHaveURL(/\/password-change$/);
  await adminShot(leader, '14-leader-first-sign-in');
  await replaceOneTimePassword(leader, state.leaderPassword, 'chen-zhiqiang-2026');
  await expect(leader).toHaveURL(/\/unit\/notices$/);
  await expect(leader.getByTestId('current-user')).toContainText('陈志强');
  // Their own password page is one click away, from the header.
  await leader.getByTestId('account-password-link').click();
  await expect(leader.getByRole('heading', { name: '修改密码', level: 1 })).toBeVisible();
  await adminShot(leader, '15-account-password');
  await expectAccessible(leader, 'account password');
});

test('a notice issued by the imported staff and director prints under 四平市司法局', async ({ browser }) => {
  const staff = await newPage(browser);
  await signIn(staff, 'zhang.min', state.staffPassword);
  await replaceOneTimePassword(staff, state.staffPassword, 'zhang-min-2026-pass');
  const director = await newPage(browser);
  await signIn(director, 'li.ming', state.directorPassword);
  await replaceOneTimePassword(director, state.directorPassword, 'li-ming-2026-pass');

  // Registration and the investigation through the API (the browser's own session).
  const units = (await (await staff.request.get('/api/units?active=true')).json()) as {
    id: string;
    name: string;
  }[];
  const market = units.find((u) => u.name === MARKET.name)!;
  const created = await staff.request.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title: '执法人员检查时未出示执法证件',
      description: '12345 热线转来：市场监管执法人员到店检查时未出示执法证件。',
      unitId: market.id,
      reporter: { anonymous: true },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const act = async (page: Page, action: string, payload: Record<string, unknown> = {}) => {
    const current = (await (await page.request.get(`/api/cases/${id}`)).json()) as { version: number };
    const res = await page.request.post(`/api/cases/${id}/actions`, {
      data: { action, version: current.version, ...payload },
    });
    expect(res.status(), await res.text()).toBe(200);
  };
  await act(staff, 'start_assessment');
  await act(staff, 'open_investigation');
  await act(staff, 'draft_notice', {
    findings: '执法人员实施检查时未出示执法证件。',
    legalBasis: '《中华人民共和国行政处罚法》第五十五条',
    requiredRectification: '组织执法人员学习执法程序规定，书面报告整改情况。',
  });
  await act(director, 'approve_notice');

  await staff.goto(`/cases/${id}/notice`);
  await expect(staff.getByTestId('notice-issuer')).toHaveText(OFFICE.authority);
  await expect(staff.getByTestId('notice-document')).toContainText(MARKET.name);
  await adminShot(staff, '16-printed-notice');
});
