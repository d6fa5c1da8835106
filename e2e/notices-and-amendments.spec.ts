import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type APIRequestContext,
  type Browser,
  expect as baseExpect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';
import {
  expectAccessible as axeCheck,
  newContext,
  expectNoHorizontalOverflow as overflowCheck,
  PASSWORD,
} from './support.ts';

// Issue 10, a working day of the center (docs10): a returned draft reopens prefilled under the
// director's comment; the preview the director signs states the due date exactly as issued; a
// withdrawn notice is marked; the notice card states rule, extensions and days left; amend_case
// in the UI with before → after in the history; a future 发生日期 refused at every form.
// Each case is created here on the fresh demo database; numbers are read back from the API.

// The machine is shared and often loaded: generous waits on visible state, never sleeps.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 900_000 });

const PHONE_390 = { width: 390, height: 844 };
const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const UNIT1 = '市市场监督管理局';
const UNIT2 = '市城市管理综合行政执法局';
const DRAFT = {
  findings: '执法人员检查时未出示执法证件，未告知当事人陈述申辩权利',
  legalBasis: '《中华人民共和国行政处罚法》第五十五条',
  requiredRectification: '组织执法人员培训并书面报告整改情况',
};
const RETURN_COMMENT = '法律依据请补充到具体条款项';

/** Waits until no spinner, skeleton or progress bar is left (as support.ts, with our waits). */
async function settle(page: Page) {
  await expect(page.locator('.sp-loading, .ant-spin-spinning, .sp-progress')).toHaveCount(0);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

/** axe (support.ts) once the page has settled. */
async function expectAccessible(page: Page, name: string) {
  await settle(page);
  await axeCheck(page, name);
}

/** Signs in through the login form (as support.ts, with our waits). */
async function loginViaForm(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** No sideways scroll (support.ts) once the page has settled. */
async function expectNoHorizontalOverflow(page: Page) {
  await settle(page);
  await overflowCheck(page);
}

/** Opens an action's form, fills it and submits; waits for the success status. */
async function performAction(
  page: Page,
  action: string,
  label: string,
  fill?: (form: Locator) => Promise<void>,
) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByRole('form', { name: label });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await form.getByTestId(`action-submit-${action}`).click();
  await expect(page.getByRole('status').filter({ hasText: `已办理：${label}` })).toBeVisible();
}

async function shot(page: Page, name: string) {
  await settle(page);
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({
    path: `${DIR}docs10-${name}.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

async function signedIn(browser: Browser, username: string, viewport = { width: 1440, height: 900 }) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await loginViaForm(page, username);
  return { context, page, api: page.request };
}

async function caseOf(api: APIRequestContext, id: string) {
  const res = await api.get(`/api/cases/${id}`);
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

async function act(
  api: APIRequestContext,
  id: string,
  action: string,
  payload: Record<string, unknown> = {},
) {
  const current = await caseOf(api, id);
  const res = await api.post(`/api/cases/${id}/actions`, {
    data: { action, version: current.version, ...payload },
  });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

async function unitId(api: APIRequestContext, name: string): Promise<string> {
  const units = (await (await api.get('/api/units')).json()) as { id: string; name: string }[];
  return units.find((u) => u.name === name)!.id;
}

async function newCase(api: APIRequestContext, title: string, unit = UNIT1): Promise<string> {
  const res = await api.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title,
      description: '投诉人反映执法检查时未出示执法证件。',
      unitId: await unitId(api, unit),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

/** A case with an issued 通知书 (staff drafts, the director signs). */
async function issuedCase(staff: APIRequestContext, director: APIRequestContext, title: string) {
  const id = await newCase(staff, title);
  await act(staff, id, 'start_assessment');
  await act(staff, id, 'open_investigation');
  await act(staff, id, 'draft_notice', DRAFT);
  await act(director, id, 'approve_notice');
  return id;
}

/** 2026年3月5日 of an instant, in China. */
function chineseDate(iso: string) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date(iso))
    .split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** Tomorrow's date (YYYY-MM-DD) in China on this machine's clock — the server's too. */
function tomorrowInChina() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + 86_400_000),
  );
}

test('退回修改: the draft reopens prefilled under the comment; the signed preview is the issued wording', async ({
  browser,
}) => {
  const staff = await signedIn(browser, 'staff');
  const director = await signedIn(browser, 'director');
  const id = await newCase(staff.api, '执法人员未出示执法证件（退回修改）');
  await act(staff.api, id, 'start_assessment');
  await act(staff.api, id, 'open_investigation');
  await act(staff.api, id, 'draft_notice', DRAFT);

  // The director reads the preview: 请于 <the date counted as of signing> 前, as will be issued.
  await director.page.goto(`/director/approvals/${id}`);
  const previewDue = director.page.getByTestId('notice-due');
  await expect(previewDue).toContainText('请于');
  const draft = (await caseOf(director.api, id)).draftNotice;
  await expect(previewDue).toContainText(
    `请于${chineseDate(draft.dueAtIfSignedNow)}前（${draft.deadlineWorkingDays}个工作日内）`,
  );
  await expect(director.page.getByTestId('preview-due-note')).toBeVisible();
  await expectAccessible(director.page, 'approval preview');
  await shot(director.page, 'approval-preview-desktop');

  await performAction(director.page, 'return_draft', '退回修改', async (form) => {
    await form.getByLabel('退回修改意见').fill(RETURN_COMMENT);
  });

  // Staff: the draft is headed 已退回修改 (never 待签发), the comment stands above the form,
  // and 起草监督通知书 opens with the last draft.
  await staff.page.goto(`/cases/${id}`);
  const card = staff.page.getByTestId('notice-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('已退回修改');
  await expect(card.getByRole('heading', { level: 2 })).not.toContainText('待签发');
  const comment = staff.page.getByTestId('draft-return-comment');
  await expect(comment).toContainText(RETURN_COMMENT);
  await staff.page.getByTestId('action-draft_notice').click();
  const form = staff.page.getByRole('form', { name: '起草监督通知书' });
  await expect(form.locator('#draft_notice-findings')).toHaveValue(DRAFT.findings);
  await expect(form.locator('#draft_notice-legalBasis')).toHaveValue(DRAFT.legalBasis);
  await expect(form.locator('#draft_notice-requiredRectification')).toHaveValue(DRAFT.requiredRectification);
  const commentBox = await comment.boundingBox();
  const formBox = await form.boundingBox();
  expect(commentBox!.y + commentBox!.height).toBeLessThanOrEqual(formBox!.y);
  await expectAccessible(staff.page, 'returned draft');
  await shot(staff.page, 'returned-draft-desktop');

  const phone = await signedIn(browser, 'staff', PHONE_390);
  await phone.page.goto(`/cases/${id}`);
  await expect(phone.page.getByTestId('draft-return-comment')).toContainText(RETURN_COMMENT);
  await phone.page.getByTestId('action-draft_notice').click();
  await expect(phone.page.locator('#draft_notice-findings')).toHaveValue(DRAFT.findings);
  await expectNoHorizontalOverflow(phone.page);
  await shot(phone.page, 'returned-draft-phone');
  await phone.context.close();

  const basis = `${DRAFT.legalBasis}第一款`;
  await form.locator('#draft_notice-legalBasis').fill(basis);
  await form.getByTestId('action-submit-draft_notice').click();
  await expect(staff.page.getByRole('status').filter({ hasText: '已办理：起草监督通知书' })).toBeVisible();
  await expect(staff.page.getByTestId('notice-card').getByRole('heading', { level: 2 })).toContainText(
    '待签发',
  );

  // Signed: the issued notice says word for word what the preview said.
  await director.page.goto(`/director/approvals/${id}`);
  await expect(director.page.getByTestId('notice-document')).toContainText(basis);
  const wording = (await director.page.getByTestId('notice-due').textContent()) ?? '';
  expect(wording).toMatch(/^请于\d{4}年\d{1,2}月\d{1,2}日前/);
  const phoneDirector = await signedIn(browser, 'director', PHONE_390);
  await phoneDirector.page.goto(`/director/approvals/${id}`);
  await expect(phoneDirector.page.getByTestId('notice-due')).toHaveText(wording);
  await expectNoHorizontalOverflow(phoneDirector.page);
  await shot(phoneDirector.page, 'approval-preview-phone');
  await phoneDirector.context.close();
  await performAction(director.page, 'approve_notice', '签发通知书');
  await director.page.goto(`/cases/${id}/notice`);
  await expect(director.page.getByTestId('notice-number')).toHaveText(/执监通〔\d{4}〕\d+号/);
  await expect(director.page.getByTestId('notice-due')).toHaveText(wording);
  await expect(director.page.getByTestId('notice-watermark')).toHaveCount(0);
  await shot(director.page, 'issued-notice-desktop');
  await staff.context.close();
  await director.context.close();
});

test('the notice card states the rule, the granted extension and the days left', async ({ browser }) => {
  const staff = await signedIn(browser, 'staff');
  const director = await signedIn(browser, 'director');
  const leader = await signedIn(browser, 'unit1.leader');
  const id = await issuedCase(staff.api, director.api, '执法人员未出示执法证件（延期）');
  await act(leader.api, id, 'request_extension', { reason: '需要调取上级部门档案', extraWorkingDays: 5 });
  await act(director.api, id, 'grant_extension', { comment: '同意延期' });
  const c = await caseOf(staff.api, id);
  expect(c.deadline.extensions.map((e: { days: number }) => e.days)).toEqual([5]);

  for (const [who, viewport, name] of [
    [staff, null, 'notice-card-extension-desktop'],
    [leader, PHONE_390, 'notice-card-extension-phone'],
  ] as const) {
    let page = who.page;
    let close = async () => {};
    if (viewport) {
      const phone = await signedIn(browser, 'unit1.leader', viewport);
      page = phone.page;
      close = () => phone.context.close();
    }
    await page.goto(`/cases/${id}`);
    const card = page.getByTestId('notice-card');
    await expect(card.getByTestId('notice-rule')).toHaveText(`${c.deadline.days} 个工作日`);
    await expect(card.getByTestId('notice-extensions')).toContainText('延长 5 个工作日');
    await expect(card.getByTestId('notice-days-left')).toHaveText(`${c.deadline.daysLeft} 个工作日`);
    if (viewport) await expectNoHorizontalOverflow(page);
    await expectAccessible(page, name);
    await card.scrollIntoViewIfNeeded();
    await shot(page, name);
    await close();
  }
  await Promise.all([staff.context.close(), director.context.close(), leader.context.close()]);
});

test('a notice withdrawn after an upheld objection is marked 已撤销 on the card and the print', async ({
  browser,
}) => {
  const staff = await signedIn(browser, 'staff');
  const director = await signedIn(browser, 'director');
  const leader = await signedIn(browser, 'unit1.leader');
  const id = await issuedCase(staff.api, director.api, '执法人员未出示执法证件（异议成立）');
  await act(leader.api, id, 'object', { grounds: '执法人员当时已出示证件，有执法记录仪视频为证' });
  await act(director.api, id, 'uphold_objection', {
    findings: '经复核，执法记录仪视频显示已出示证件',
    feedback: '经复核，异议成立，撤销通知书',
  });

  await staff.page.goto(`/cases/${id}`);
  await expect(staff.page.getByTestId('notice-standing')).toHaveText('已撤销');
  await expect(staff.page.getByTestId('notice-standing-note')).toContainText('撤销');
  await expectAccessible(staff.page, 'withdrawn notice card');
  await shot(staff.page, 'withdrawn-card-desktop');

  await staff.page.getByTestId('notice-link').click();
  await expect(staff.page.getByTestId('notice-watermark')).toHaveText('已撤销');
  const link = staff.page.getByTestId('notice-standing-note').getByRole('link', { name: '查看撤销记录' });
  await expect(link).toHaveAttribute('href', `/cases/${id}#case-history`);
  await expectAccessible(staff.page, 'withdrawn notice print');
  await shot(staff.page, 'withdrawn-print-desktop');

  const phone = await signedIn(browser, 'unit1.leader', PHONE_390);
  await phone.page.goto(`/cases/${id}/notice`);
  await expect(phone.page.getByTestId('notice-watermark')).toHaveText('已撤销');
  await expectNoHorizontalOverflow(phone.page);
  await shot(phone.page, 'withdrawn-print-phone');
  await phone.page.goto(`/cases/${id}`);
  await expect(phone.page.getByTestId('notice-standing')).toHaveText('已撤销');
  await expectNoHorizontalOverflow(phone.page);
  await shot(phone.page, 'withdrawn-card-phone');
  await Promise.all([
    staff.context.close(),
    director.context.close(),
    leader.context.close(),
    phone.context.close(),
  ]);
});

test('a notice a 决定书 replaced is marked 已被替代, with a link to the 决定书', async ({ browser }) => {
  const staff = await signedIn(browser, 'staff');
  const director = await signedIn(browser, 'director');
  const government = await signedIn(browser, 'government');
  const id = await issuedCase(staff.api, director.api, '执法人员未出示执法证件（决定书替代）');
  const first = (await caseOf(staff.api, id)).notice.number as string;
  await act(director.api, id, 'propose_decision', {
    grounds: '收到通知书后拒不整改',
    requiredRectification: '限期组织执法人员培训并书面报告',
    deadlineWorkingDays: 10,
  });
  await act(government.api, id, 'issue_decision', { comment: '同意' });
  const decision = (await caseOf(staff.api, id)).notice.number as string;

  await staff.page.goto(`/cases/${id}`);
  const list = staff.page.getByTestId('superseded-documents');
  await expect(list).toContainText(first);
  await expect(list).toContainText(`替代文书：${decision}`);
  await expectAccessible(staff.page, 'superseded list');
  await shot(staff.page, 'superseded-card-desktop');
  await list.getByRole('link', { name: new RegExp(first.replace(/[〔〕]/g, '.')) }).click();
  await expect(staff.page.getByTestId('notice-number')).toHaveText(first);
  await expect(staff.page.getByTestId('notice-watermark')).toHaveText('已被替代');
  await expect(staff.page.getByTestId('notice-due')).toContainText('请于');
  await expectAccessible(staff.page, 'superseded print');
  await shot(staff.page, 'superseded-print-desktop');
  await staff.page.getByTestId('replaced-by-link').click();
  await expect(staff.page.getByTestId('notice-number')).toHaveText(decision);
  await expect(staff.page.getByTestId('notice-watermark')).toHaveCount(0);

  const phone = await signedIn(browser, 'unit1.leader', PHONE_390);
  await phone.page.goto(`/cases/${id}/notice?number=${encodeURIComponent(first)}`);
  await expect(phone.page.getByTestId('notice-watermark')).toHaveText('已被替代');
  await expectNoHorizontalOverflow(phone.page);
  await shot(phone.page, 'superseded-print-phone');
  await Promise.all([
    staff.context.close(),
    director.context.close(),
    government.context.close(),
    phone.context.close(),
  ]);
});

test('更正登记信息: unit, title, 发生日期 and source corrected; the history shows before → after', async ({
  browser,
}) => {
  const staff = await signedIn(browser, 'staff');
  const title = '执法人员未出示执法证件（登记有误）';
  const id = await newCase(staff.api, title);
  await staff.page.goto(`/cases/${id}`);
  await staff.page.getByTestId('action-amend_case').click();
  const form = staff.page.getByRole('form', { name: '更正登记信息' });
  await expect(form.locator('#amend_case-title')).toHaveValue(title);
  // A future 发生日期 is refused with the field's message, before anything is sent.
  await form.locator('#amend_case-occurredAt').fill(`${tomorrowInChina()}T09:00`);
  await form.locator('#amend_case-reason').fill('登记时单位选错');
  await form.getByTestId('action-submit-amend_case').click();
  await expect(form.getByText('发生日期不能晚于今天').first()).toBeVisible();

  await form.locator('#amend_case-unitId').selectOption({ label: UNIT2 });
  await form.locator('#amend_case-title').fill('城管执法人员未出示执法证件');
  await form.locator('#amend_case-occurredAt').fill('2026-01-15T09:30');
  await form.getByLabel('媒体曝光').check();
  await shot(staff.page, 'amend-form-desktop');
  await form.getByTestId('action-submit-amend_case').click();
  await expect(staff.page.getByRole('status').filter({ hasText: '已办理：更正登记信息' })).toBeVisible();

  const changes = staff.page.getByTestId('amend-changes');
  await expect(changes.getByTestId('amend-change-unitId')).toContainText(`${UNIT1} → ${UNIT2}`);
  await expect(changes.getByTestId('amend-change-title')).toContainText(
    `${title} → 城管执法人员未出示执法证件`,
  );
  await expect(changes.getByTestId('amend-change-source')).toContainText('热线电话 → 媒体曝光');
  await expect(changes.getByTestId('amend-change-occurredAt')).toContainText('→ 2026-01-15');
  await expect(staff.page.getByTestId('case-timeline')).toContainText('登记时单位选错');
  // Only what changed is listed (the unchanged description is not repeated as if changed).
  await expect(changes.locator('.sp-event-data__row')).toHaveCount(4);
  const amended = staff.page.getByTestId('timeline-event').filter({ hasText: '更正登记信息' });
  await expect(amended).not.toContainText('问题描述');
  await expectAccessible(staff.page, 'amended case');
  await shot(staff.page, 'amend-history-desktop');

  const phone = await signedIn(browser, 'staff', PHONE_390);
  await phone.page.goto(`/cases/${id}`);
  await expect(phone.page.getByTestId('amend-change-unitId')).toContainText(`${UNIT1} → ${UNIT2}`);
  await expectNoHorizontalOverflow(phone.page);
  await shot(phone.page, 'amend-history-phone');
  await Promise.all([staff.context.close(), phone.context.close()]);
});

test('a 发生日期 after today is refused at registration, the supervisor form and the public form', async ({
  browser,
}) => {
  const tomorrow = tomorrowInChina();
  const forms = [
    { user: 'staff', path: '/cases/new', name: 'intake', chooseSource: true },
    { user: 'supervisor', path: '/supervisor/report', name: 'supervisor', chooseSource: false },
    { user: null, path: '/public/report', name: 'public', chooseSource: false },
  ] as const;
  for (const f of forms) {
    for (const viewport of [null, PHONE_390]) {
      const context = await newContext(browser, viewport ?? { width: 1440, height: 900 });
      const page = await context.newPage();
      if (f.user) await loginViaForm(page, f.user);
      await page.goto(f.path);
      await expect(page.getByLabel('标题')).toBeVisible();
      if (f.chooseSource) await page.getByLabel('线索来源').selectOption({ label: '热线电话' });
      await page.getByLabel('被反映的执法单位').selectOption({ label: UNIT1 });
      await page.getByLabel('标题').fill('执法人员未出示执法证件（发生日期）');
      await page.getByLabel('问题描述').fill('投诉人反映执法检查时未出示执法证件。');
      if (f.user === 'staff') await page.getByLabel('匿名举报（不登记姓名）').check();
      await page.getByLabel('发生日期').fill(tomorrow);
      await page.getByTestId(f.user ? 'registration-submit' : 'public-report-submit').click();
      await expect(page.getByText('发生日期不能晚于今天').first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${f.path}$`));
      if (viewport) await expectNoHorizontalOverflow(page);
      await expectAccessible(page, `${f.name} future date`);
      await shot(page, `future-date-${f.name}-${viewport ? 'phone' : 'desktop'}`);
      await context.close();
    }
  }
});
