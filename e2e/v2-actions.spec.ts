import {
  type APIRequestContext,
  type Browser,
  expect as baseExpect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';
import {
  act,
  expectAccessible as axeClean,
  newContext,
  expectNoHorizontalOverflow as noSideways,
  PASSWORD,
  shotsNamed,
} from './support.ts';

// The v2 actions in the browser on demo data (issue 9 "UI"): every form is generated from the
// action's zod payload and labelled from the domain's copy. Each form is shot at 1440 and at
// 390 px before it is sent: amend_case (the history keeps before → after), assign,
// correct_on_spot, request_explanation → the unit leader's submit_explanation,
// propose_officer_action → the organ's answer → the registry shows REVOKED, and a PUBLIC
// issue_circular → the public 曝光台.

// The machine is shared: generous waits on visible state, never on time.
const expect = baseExpect.configure({ timeout: 90_000 });
test.setTimeout(20 * 60_000);
test.use({ actionTimeout: 90_000 });

const PHONE_390 = { width: 390, height: 844 };
const namedShot = shotsNamed('v2');
/** support.ts's named screenshot, after this file's generous settle. */
const shot = async (page: Page, name: string) => {
  await settle(page);
  await namedShot(page, name);
};
const OFFICER = { name: '马立新', certificateNo: '22030001001' }; // demo registry (demo-data.ts)
const MARKET = '市市场监督管理局';

/** support.ts's settle, with this file's generous wait. */
async function settle(page: Page) {
  await expect(page.locator('.sp-loading, .ant-spin-spinning, .sp-progress')).toHaveCount(0);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}
const expectAccessible = async (page: Page, name: string) => {
  await settle(page);
  await axeClean(page, name);
};
const expectNoHorizontalOverflow = async (page: Page) => {
  await settle(page);
  await noSideways(page);
};

async function loginViaForm(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

async function expectState(page: Page, state: string) {
  await expect(page.getByTestId('case-summary').getByTestId('state-tag')).toHaveAttribute(
    'data-state',
    state,
  );
}

async function signedIn(browser: Browser, username: string) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await loginViaForm(page, username);
  return { ctx, page, api: page.request };
}

async function newCase(api: APIRequestContext, title: string, steps: string[]) {
  const units = (await (await api.get('/api/units')).json()) as { id: string; name: string }[];
  const created = await api.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title,
      description: '投诉人反映执法人员检查时未出示执法证件。',
      unitId: units.find((u) => u.name === MARKET)!.id,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const step of steps) await act(api, id, step);
  return id;
}

/**
 * Opens `action`'s generated form, fills it, shoots it at 1440 and 390 px (no sideways scroll,
 * axe clean), and sends it; waits for the 已办理 status.
 */
async function formStep(
  page: Page,
  action: string,
  label: string,
  name: string,
  fill: (form: Locator) => Promise<void>,
) {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByRole('form', { name: label });
  await expect(form).toBeVisible();
  await fill(form);
  await shot(page, `${name}-1440`);
  await expectAccessible(page, `${action} form (1440)`);
  await page.setViewportSize(PHONE_390);
  await expectNoHorizontalOverflow(page);
  await shot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await form.getByTestId(`action-submit-${action}`).click();
  await expect(page.getByRole('status').filter({ hasText: `已办理：${label}` })).toBeVisible();
}

const lastEvent = (page: Page, action: string) =>
  page.locator(`[data-testid="timeline-event"][data-action="${action}"]`).last();

test('v2 actions in the browser: amend, assign, correct on the spot, explanation, officers, circular', async ({
  browser,
}) => {
  const staff = await signedIn(browser, 'staff');
  const director = await signedIn(browser, 'director');

  // amend_case: the history keeps before → after.
  const amended = await newCase(staff.api, '执法人员未出示证件（待更正）', ['start_assessment']);
  await staff.page.goto(`/cases/${amended}`);
  await expectState(staff.page, 'ASSESSING');
  await formStep(staff.page, 'amend_case', '更正登记信息', '01-amend-case', async (form) => {
    await form.getByLabel('标题（选填）').fill('市场监管局执法人员未出示执法证件');
    await form.getByLabel('更正理由').fill('登记时标题记录不准确，依投诉人原话更正。');
  });
  const amendment = lastEvent(staff.page, 'amend_case');
  await expect(amendment.getByTestId('amend-changes')).toContainText(
    '执法人员未出示证件（待更正） → 市场监管局执法人员未出示执法证件',
  );

  // assign: the director names the 承办人; the summary shows them.
  await director.page.goto(`/cases/${amended}`);
  await formStep(director.page, 'assign', '指定承办人', '02-assign', async (form) => {
    await form.getByLabel('承办人').selectOption({ label: '张敏（投诉中心）' });
  });
  await expect(director.page.getByTestId('case-assignee')).toContainText('张敏（投诉中心）');

  // correct_on_spot: closed as 已当场纠正.
  await staff.page.goto(`/cases/${amended}`);
  await formStep(staff.page, 'correct_on_spot', '当场纠正办结', '03-correct-on-spot', async (form) => {
    await form
      .getByLabel('纠正情况')
      .fill('经电话督促，市场监管局当日撤回该检查记录，并向当事人出示执法证件、说明理由。');
    await form.getByLabel('反馈意见').fill('您反映的问题已当场纠正，感谢您的监督。');
  });
  await expectState(staff.page, 'CLOSED');

  // request_explanation → the unit leader answers (submit_explanation), on a phone as well.
  const explained = await newCase(staff.api, '执法检查未制作现场笔录', [
    'start_assessment',
    'open_investigation',
  ]);
  await staff.page.goto(`/cases/${explained}`);
  await formStep(
    staff.page,
    'request_explanation',
    '要求说明情况',
    '04-request-explanation',
    async (form) => {
      await form
        .getByLabel('需说明的问题')
        .fill('一、检查时是否出示执法证件；二、现场笔录由谁制作；三、执法记录仪是否开启。');
      await form.getByLabel('答复期限（工作日）').fill('5');
    },
  );
  const leader = await signedIn(browser, 'unit1.leader');
  await leader.page.goto(`/cases/${explained}`);
  await formStep(leader.page, 'submit_explanation', '提交情况说明', '05-submit-explanation', async (form) => {
    await form
      .getByLabel('情况说明')
      .fill('一、已出示执法证件；二、笔录由执法人员马立新制作；三、执法记录仪全程开启。');
  });
  await expect(lastEvent(leader.page, 'submit_explanation')).toContainText('执法记录仪全程开启');

  // propose_officer_action → the organ's answer → the registry shows REVOKED.
  await director.page.goto(`/cases/${amended}`);
  await formStep(
    director.page,
    'propose_officer_action',
    '提出对执法人员的处理建议',
    '06-propose-officer-action',
    async (form) => {
      await form.getByRole('searchbox', { name: '执法人员' }).fill(OFFICER.name);
      const candidate = form
        .getByTestId('officer-candidates')
        .locator('li', { hasText: OFFICER.certificateNo });
      await candidate.getByRole('button', { name: '新增' }).click();
      await expect(form.getByRole('list', { name: '已选执法人员' })).toContainText(OFFICER.name);
      await form.getByRole('radio', { name: '取消执法资格' }).check();
      await form.getByLabel('有权处理的机关').fill(MARKET);
    },
  );
  await expect(lastEvent(director.page, 'propose_officer_action')).toContainText(OFFICER.name);
  await formStep(
    director.page,
    'record_officer_action_answer',
    '登记处理建议答复',
    '07-officer-action-answer',
    async (form) => {
      await form.getByRole('radio', { name: '采纳', exact: true }).check();
      await form.getByLabel('答复日期').fill('2026-03-10');
      await form.getByLabel('答复内容').fill('经局党组研究，同意取消其行政执法资格，收回执法证件。');
    },
  );
  const lookup = await newContext(browser);
  const citizen = await lookup.newPage();
  await citizen.goto('/public/officers');
  await citizen.getByRole('textbox', { name: '执法证号' }).fill(OFFICER.certificateNo);
  await citizen.getByTestId('officer-lookup-submit').click();
  await expect(citizen.getByTestId('officer-lookup-result').getByTestId('officer-status')).toHaveAttribute(
    'data-status',
    'REVOKED',
  );
  await shot(citizen, '08-registry-revoked-1440');

  // issue_circular PUBLIC → on the public 曝光台 (no login), reachable from the public pages.
  const circular = '市市场监督管理局执法人员检查时未出示执法证件，经监督已当场纠正，现予公开通报。';
  await formStep(director.page, 'issue_circular', '通报', '09-issue-circular', async (form) => {
    await form.getByRole('radio', { name: '公开通报（曝光台）' }).check();
    await form.getByLabel('通报内容').fill(circular);
  });
  await citizen.goto('/public/track');
  await citizen.getByRole('link', { name: '曝光台' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: '曝光台' })).toBeVisible();
  const board = citizen.getByTestId('exposures');
  await expect(board.locator('li').first()).toContainText(circular);
  await expect(board.locator('li').first()).toContainText(MARKET);
  await expectAccessible(citizen, 'public exposure board (1440)');
  await shot(citizen, '10-exposures-1440');
  await citizen.setViewportSize(PHONE_390);
  await expectNoHorizontalOverflow(citizen);
  await expectAccessible(citizen, 'public exposure board (390)');
  await shot(citizen, '10-exposures-390');

  for (const ctx of [staff.ctx, director.ctx, leader.ctx, lookup]) await ctx.close();
});
