import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  axeResults,
  expectAccessible,
  expectNoHorizontalOverflow,
  expectNoReporter,
  expectState,
  loginViaForm,
  newContext,
  PHONE,
  performAction,
  publishShot,
  REPORTER,
  settle,
  shot,
} from './support.ts';

// Issue 4's closed loop, end to end, in the browser: a public complaint → staff assess and
// investigate with an uploaded evidence file → the director signs the notice → the unit signs
// for it, drafts, its leader objects → staff dismiss the objection → the deadline passes → the
// case is referred to discipline inspection → disposition → the public sees the feedback.
// The tests share one server and run in order; each user has its own browser context.

const UNIT1 = '市市场监督管理局';
// Each run starts from a fresh database, so the titles need no run-specific suffix.
const TITLE = '执法人员暴力扣押早市摊贩三轮车';
const DESCRIPTION =
  '2026年3月2日上午，市市场监督管理局执法人员在东风路早市未出示执法证件，强行扣押三轮车及货物，未开具任何清单。';
const EVIDENCE_FILE = '现场检查记录.txt';
const OBJECTION = '我局执法人员当日已出示执法证件，扣押时当场开具了《查封扣押财物清单》，请予复核。';
const DISMISS_REASONS = '经调取执法记录仪视频，执法人员未出示证件，扣押清单系事后补开，异议不成立。';
const DISPOSITION_FEEDBACK = '经纪检监察机关调查，对相关责任人予以诫勉谈话，执法单位已退还被扣押财物。';

const state = {
  trackingCode: '',
  caseId: '',
  caseNumber: '',
  noticeNumber: '',
  /** 请于2026年12月11日前 — as the notice was issued. */
  issuedDueText: '',
  dueAt: '',
};

const contexts: BrowserContext[] = [];
const pages = new Map<string, Page>();

/** One context per user, signed in through the form once and reused by later steps. */
async function pageFor(
  browser: Parameters<typeof newContext>[0],
  username: string,
  next?: string,
): Promise<Page> {
  const existing = pages.get(username);
  if (existing) {
    if (next) await existing.goto(next);
    return existing;
  }
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await loginViaForm(page, username, next);
  pages.set(username, page);
  return page;
}

async function openCase(page: Page): Promise<void> {
  await page.goto(`/cases/${state.caseId}`);
  await expect(page.getByTestId('case-number')).toHaveText(state.caseNumber);
  await settle(page);
}

// Every axe run of the file, printed once at the end (violations of any impact, by rule id).
test.afterAll(() => {
  for (const r of axeResults) {
    const rules = r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ');
    console.log(`axe ${r.page}: ${rules || 'no violations'}`);
  }
});

test.describe('执法监督+ closed loop', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    await api.post('/api/test/clock', { data: { now: null } });
    await api.dispose();
  });

  test.afterAll(async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const reset = await api.post('/api/test/clock', { data: { now: null } });
    expect(reset.ok()).toBe(true);
    await api.dispose();
    for (const context of contexts) await context.close();
  });

  test('the public files a complaint against 市市场监督管理局 and gets a tracking code', async ({
    browser,
  }) => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/public/report');
    await expect(page.getByRole('heading', { level: 1, name: '行政违法行为投诉举报' })).toBeVisible();
    const unit = page.getByLabel('被反映的执法单位');
    await expect(unit.locator('option', { hasText: UNIT1 })).toHaveCount(1);
    await expectAccessible(page, 'public report');
    await shot(page, 'public-report-form');

    await unit.selectOption({ label: UNIT1 });
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('问题描述').fill(DESCRIPTION);
    await page.getByLabel('您的姓名').fill(REPORTER.name);
    await page.getByLabel('联系电话').fill(REPORTER.phone);
    await shot(page, 'public-report-filled');
    await page.getByTestId('public-report-submit').click();

    const code = page.getByTestId('tracking-code');
    await expect(code).toHaveText(/^\S{10,}$/);
    state.trackingCode = (await code.textContent())?.trim() ?? '';
    await shot(page, 'public-tracking-code');

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await expect(page.getByTestId('tracking-status')).toHaveAttribute('data-status', 'RECEIVED');
    await expect(page.getByTestId('tracking-status')).toHaveText('受理中');
    await expectAccessible(page, 'public track');
    await shot(page, 'public-track-received');
  });

  test('the public report form works at phone width', async ({ browser }) => {
    const context = await newContext(browser, PHONE);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/public/report');
    await expect(page.getByTestId('public-report-submit')).toBeVisible();
    await expect(page.getByLabel('被反映的执法单位').locator('option', { hasText: UNIT1 })).toHaveCount(1);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'phone-public-report-form');
  });

  test('staff find the complaint, assess it and investigate with an uploaded evidence file', async ({
    browser,
  }) => {
    const loginContext = await newContext(browser);
    contexts.push(loginContext);
    const loginPage = await loginContext.newPage();
    await loginPage.goto('/login');
    await expect(loginPage.getByRole('button', { name: '登录', exact: true })).toBeVisible();
    await expectAccessible(loginPage, 'login');
    await shot(loginPage, 'login');

    const page = await pageFor(browser, 'staff');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expectAccessible(page, 'staff dashboard');
    await shot(page, 'staff-dashboard');

    await page.getByRole('link', { name: '线索与案件' }).click();
    await expect(page).toHaveURL(/\/cases/);
    // The queue as staff meet it: the notices awaiting a reply, with their deadline alerts.
    await page.getByTestId('queue-tab-awaitingReply').click();
    await expect(page).toHaveURL(/tab=awaitingReply/);
    await expect(page.getByTestId('deadline-badge').first()).toBeVisible();
    await expectAccessible(page, 'staff queue');
    publishShot(await shot(page, 'staff-queue'), 'staff-queue.png');

    await page.getByTestId('queue-tab-received').click();
    // The search builds its URL on the one it renders with: let the tab land first.
    await expect(page).toHaveURL(/tab=received/);
    await page.getByLabel('关键词').fill('早市摊贩');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row).toHaveCount(1);
    await expect(page.getByTestId('queue-count-received')).not.toHaveText('…');
    await shot(page, 'staff-queue-search');

    await row.getByTestId('case-link').click();
    await expect(page).toHaveURL(/\/cases\/[^/]+$/);
    state.caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(page.getByTestId('case-number')).not.toBeEmpty();
    state.caseNumber = (await page.getByTestId('case-number').textContent())?.trim() ?? '';
    // The center sees who reported it (and the read is logged).
    await expect(page.getByTestId('reporter-name')).toHaveText(REPORTER.name);
    await expect(page.getByTestId('reporter-phone')).toHaveText(REPORTER.phone);
    await expectState(page, 'RECEIVED');

    await performAction(page, 'start_assessment', '开始研判');
    await expectState(page, 'ASSESSING');
    await performAction(page, 'open_investigation', '立案调查');
    await expectState(page, 'INVESTIGATING');

    await page.getByTestId('attachment-input').setInputFiles({
      name: EVIDENCE_FILE,
      mimeType: 'text/plain',
      buffer: Buffer.from('2026年3月2日东风路早市现场检查记录：执法人员未出示证件，扣押物品未开具清单。\n'),
    });
    await expect(page.getByTestId('attachment-list')).toContainText(EVIDENCE_FILE);

    await performAction(page, 'add_evidence', '补充证据', async (form) => {
      await form.getByLabel('补充说明').fill('调取了早市管理处的监控录像说明和当事人陈述。');
      await form.getByRole('checkbox', { name: new RegExp(EVIDENCE_FILE) }).check();
    });
    await expect(page.locator('[data-testid="timeline-event"][data-action="add_evidence"]')).toContainText(
      EVIDENCE_FILE,
    );
    await expectAccessible(page, 'case workspace');
    publishShot(await shot(page, 'staff-case-investigating'), 'case-workspace.png');

    await performAction(page, 'draft_notice', '起草监督通知书', async (form) => {
      await form
        .getByLabel('调查认定的事实')
        .fill('执法人员实施扣押时未出示执法证件，未当场交付查封扣押财物清单。');
      await form
        .getByLabel('法律依据')
        .fill('《中华人民共和国行政强制法》第十八条、第二十四条；《中华人民共和国行政处罚法》第五十五条。');
      await form.getByLabel('整改要求').fill('立即退还扣押财物，对相关执法人员进行批评教育，完善扣押程序。');
      await form.getByLabel('整改期限（工作日）').fill('10');
    });
    await expectState(page, 'NOTICE_PENDING_APPROVAL');
    await shot(page, 'staff-notice-drafted');
  });

  test('the director signs the notice; the print view shows its number and due date', async ({ browser }) => {
    const page = await pageFor(browser, 'director');
    await page.getByRole('link', { name: '待签发通知书' }).click();
    await expect(page).toHaveURL(/\/director\/approvals$/);
    const item = page.getByTestId('approval-list').getByRole('link', { name: new RegExp(state.caseNumber) });
    await expect(item).toBeVisible();
    await expectAccessible(page, 'director approvals');
    await shot(page, 'director-approvals');

    await item.click();
    await expect(page.getByTestId('notice-number')).toHaveText('（文号于签发时生成）');
    await expectAccessible(page, 'director approval detail');
    await shot(page, 'director-approval-preview');
    await performAction(page, 'approve_notice', '签发通知书');

    const response = await page.request.get(`/api/cases/${state.caseId}`);
    expect(response.ok()).toBe(true);
    const caseJson = (await response.json()) as {
      state: string;
      dueAt: string;
      notice: { number: string };
    };
    expect(caseJson.state).toBe('AWAITING_REPLY');
    state.noticeNumber = caseJson.notice.number;
    expect(state.noticeNumber).toMatch(/〔\d{4}〕\d+号$/);

    await page.goto(`/cases/${state.caseId}/notice`);
    await expect(page.getByTestId('notice-number')).toHaveText(state.noticeNumber);
    await expect(page.getByTestId('notice-addressee')).toHaveText(`${UNIT1}：`);
    const due = new Date(caseJson.dueAt);
    const dueText = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(due);
    state.issuedDueText = `请于${dueText}前`;
    await expect(page.getByTestId('notice-due')).toContainText(state.issuedDueText);
    await expect(page.getByTestId('notice-due')).toContainText('10个工作日');
    await expect(page.getByTestId('print-notice')).toBeVisible();
    await expectAccessible(page, 'notice print view');
    await shot(page, 'notice-print-view');
  });

  test('the unit handler signs for the notice and drafts an objection; the reporter is never shown', async ({
    browser,
  }) => {
    const page = await pageFor(browser, 'unit1.handler');
    await expect(page).toHaveURL(/\/unit\/notices$/);
    const row = page.getByRole('row', { name: new RegExp(state.noticeNumber) });
    await expect(row).toContainText('未签收');
    await expectAccessible(page, 'unit inbox');
    await expectNoReporter(page, 'unit inbox');
    await shot(page, 'unit-inbox');

    await row.getByTestId('case-link').click();
    await expect(page.getByTestId('case-number')).toHaveText(state.caseNumber);
    await expect(page.getByTestId('reporter-card')).toHaveCount(0);
    await performAction(page, 'acknowledge', '签收');
    await expect(page.locator('[data-testid="timeline-event"][data-action="acknowledge"]')).toHaveCount(1);

    const draft = page.getByTestId('reply-draft');
    await draft.getByRole('radio', { name: '异议' }).check();
    await draft.getByLabel('回复内容').fill(OBJECTION);
    await expect(page.getByTestId('reply-draft-status')).toHaveText(/^已自动保存 \d{2}:\d{2}:\d{2}$/);
    await expectAccessible(page, 'unit case page');
    await expectNoReporter(page, 'unit case page (handler)');
    await shot(page, 'unit-handler-draft');

    await page.goto(`/cases/${state.caseId}/notice`);
    await expect(page.getByTestId('notice-number')).toHaveText(state.noticeNumber);
    await expectNoReporter(page, 'unit notice print view');

    const events = await page.request.get(`/api/cases/${state.caseId}/events`);
    expect(events.ok()).toBe(true);
    const eventsText = await events.text();
    expect(eventsText).not.toContain(REPORTER.name);
    expect(eventsText).not.toContain(REPORTER.phone);
    const caseText = await (await page.request.get(`/api/cases/${state.caseId}`)).text();
    expect(caseText).not.toContain(REPORTER.name);
    expect(caseText).not.toContain(REPORTER.phone);
  });

  test('the unit inbox works at phone width', async ({ browser }) => {
    const context = await newContext(browser, PHONE);
    contexts.push(context);
    const page = await context.newPage();
    await loginViaForm(page, 'unit1.handler');
    // Below 768 px the inbox is a card per notice (issue 10), with 签收 on each card.
    const card = page.getByTestId('case-row').filter({ hasText: state.noticeNumber });
    await expect(card).toContainText('已签收');
    await expect(page.locator('main table')).toHaveCount(0);
    await expectNoReporter(page, 'unit inbox (phone)');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'phone-unit-inbox');
  });

  test('the unit leader signs the objection from the saved draft', async ({ browser }) => {
    const page = await pageFor(browser, 'unit1.leader');
    await expect(page).toHaveURL(/\/unit\/notices$/);
    await expectNoReporter(page, 'unit inbox (leader)');
    await openCase(page);
    await page.getByTestId('action-object').click();
    const form = page.getByRole('form', { name: '提出异议' });
    await expect(form.getByLabel('异议理由')).toHaveValue(OBJECTION);
    await shot(page, 'unit-leader-objection');
    await form.getByTestId('action-submit-object').click();
    await expect(page.getByRole('status').filter({ hasText: '已办理：提出异议' })).toBeVisible();
    await expectState(page, 'RECHECKING');
    await expect(page.locator('[data-testid="timeline-event"][data-action="object"]')).toContainText(
      OBJECTION,
    );
    await expectNoReporter(page, 'unit case page (leader)');
  });

  test('the director dismisses the objection with a new deadline (objections are the director’s)', async ({
    browser,
  }) => {
    const page = await pageFor(browser, 'director');
    await openCase(page);
    await expectState(page, 'RECHECKING');
    await performAction(page, 'dismiss_objection', '驳回异议', async (form) => {
      await form.getByLabel('驳回异议的理由').fill(DISMISS_REASONS);
      await form.getByLabel('新的整改期限（工作日）').fill('5');
    });
    await expectState(page, 'AWAITING_REPLY');
    const event = page.locator('[data-testid="timeline-event"][data-action="dismiss_objection"]');
    await expect(event).toContainText(DISMISS_REASONS);

    const caseJson = (await (await page.request.get(`/api/cases/${state.caseId}`)).json()) as {
      state: string;
      dueAt: string;
    };
    expect(caseJson.state).toBe('AWAITING_REPLY');
    state.dueAt = caseJson.dueAt;
    expect(new Date(state.dueAt).getTime()).toBeGreaterThan(Date.now());
    await expect(page.getByTestId('deadline-due-at')).toBeVisible();
    await shot(page, 'staff-objection-dismissed');

    // The issued notice is a fixed document: the new deadline does not rewrite its due date.
    await page.goto(`/cases/${state.caseId}/notice`);
    await expect(page.getByTestId('notice-due')).toContainText(state.issuedDueText);
  });

  test('when the new due date passes the sweep refers the case to discipline inspection', async ({
    browser,
  }) => {
    const page = await pageFor(browser, 'staff');
    const after = new Date(new Date(state.dueAt).getTime() + 24 * 60 * 60 * 1000).toISOString();
    const clock = await page.request.post('/api/test/clock', { data: { now: after } });
    expect(clock.ok()).toBe(true);
    const sweep = await page.request.post('/api/test/sweep');
    expect(sweep.ok()).toBe(true);
    const { referred } = (await sweep.json()) as { referred: number };
    expect(referred).toBeGreaterThanOrEqual(1);

    await openCase(page);
    await expectState(page, 'REFERRED');
    await expect(page.locator('[data-testid="timeline-event"][data-action="refer_overdue"]')).toHaveCount(1);
    await expect(page.getByTestId('referral-by')).toHaveText('系统逾期自动移送');
    await shot(page, 'staff-case-referred');
  });

  test('discipline inspection sees the referral and records the disposition', async ({ browser }) => {
    const page = await pageFor(browser, 'discipline');
    await expect(page).toHaveURL(/\/discipline\/referrals$/);
    const row = page.getByTestId('referral-row').filter({ hasText: state.caseNumber });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('referral-why')).toContainText('逾期未回复');
    await expect(row.getByTestId('referral-overdue')).toContainText('已逾期');
    await expectAccessible(page, 'discipline inbox');
    await shot(page, 'discipline-inbox');

    await row.getByTestId('case-link').click();
    await expect(page.getByTestId('case-number')).toHaveText(state.caseNumber);
    await expect(page.getByTestId('reporter-card')).toHaveCount(0);
    await performAction(page, 'accept_referral', '纪检签收');
    await expect(page.getByTestId('referral-accepted')).toBeVisible();
    await performAction(page, 'record_disposition', '录入处理结果', async (form) => {
      await form.getByLabel('处理方式').fill('诫勉谈话');
      await form
        .getByLabel('处理决定')
        .fill('对执法大队负责人及当事执法人员予以诫勉谈话，责令退还扣押财物。');
      await form.getByLabel('反馈意见').fill(DISPOSITION_FEEDBACK);
    });
    await expectState(page, 'CLOSED');
    await expect(page.getByTestId('case-summary').getByTestId('state-tag')).toContainText('纪检处理完毕');
    await shot(page, 'discipline-disposition');
  });

  test('the public tracking page shows the feedback', async ({ browser }) => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/public/track');
    await page.getByLabel('查询码').fill(state.trackingCode);
    await page.getByTestId('track-submit').click();
    await expect(page.getByTestId('tracking-status')).toHaveAttribute('data-status', 'CLOSED');
    await expect(page.getByTestId('tracking-feedback')).toContainText(DISPOSITION_FEEDBACK);
    // Nothing internal: no referral, no notice number, no reporter.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('纪检处理完毕');
    expect(text).not.toContain(state.noticeNumber);
    await shot(page, 'public-track-feedback');
  });

  test("a unit user cannot reach another unit's case by URL", async ({ browser }) => {
    const page = await pageFor(browser, 'unit2.handler');
    await expect(page).toHaveURL(/\/unit\/notices$/);
    await expect(page.getByRole('row', { name: new RegExp(state.noticeNumber) })).toHaveCount(0);
    await page.goto(`/cases/${state.caseId}`);
    await expect(page.getByText('未找到该记录，或您无权查看。')).toBeVisible();
    await expect(page.getByTestId('case-summary')).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain(TITLE);
    expect(html).not.toContain(state.caseNumber);
    await shot(page, 'unit2-case-not-found');

    await page.goto(`/cases/${state.caseId}/notice`);
    await expect(page.getByText('未找到该记录，或您无权查看。')).toBeVisible();
    await expect(page.getByTestId('notice-document')).toHaveCount(0);
    expect(await page.content()).not.toContain(TITLE);
    const api = await page.request.get(`/api/cases/${state.caseId}`);
    expect(api.status()).toBe(404);
  });
});

test.describe('special supervisor (phone)', () => {
  test('files a report from a phone and sees it in 我的报送', async ({ browser }) => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await loginViaForm(page, 'supervisor');
    await expect(page).toHaveURL(/\/supervisor\/reports$/);
    await page.goto('/supervisor/report');
    await expect(page.getByRole('heading', { level: 1, name: '报送执法问题' })).toBeVisible();
    await expect(page.getByLabel('被反映的执法单位').locator('option', { hasText: UNIT1 })).toHaveCount(1);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'supervisor report form');
    await shot(page, 'phone-supervisor-report-form');

    const title = '人民广场执法人员未按规定着装';
    await page.getByLabel('被反映的执法单位').selectOption({ label: UNIT1 });
    await page.getByLabel('标题').fill(title);
    await page
      .getByLabel('问题描述')
      .fill('3月5日在人民广场巡查时发现两名执法人员未按规定着装、未佩戴执法证件。');
    await page.getByTestId('registration-submit').click();
    await expect(page.getByTestId('registration-success')).toContainText('报送成功');
    await shot(page, 'phone-supervisor-report-sent');

    await page.getByTestId('registration-success').getByRole('link', { name: '我的报送' }).click();
    await expect(page).toHaveURL(/\/supervisor\/reports$/);
    const mine = page.getByTestId('my-report').filter({ hasText: title });
    await expect(mine).toHaveCount(1);
    await expect(mine.getByTestId('my-report-status')).toHaveText('受理中');
    await shot(page, 'phone-supervisor-my-reports');
    await context.close();
  });
});
