import { expect, test } from '@playwright/test';
import {
  act,
  DESKTOP,
  expectAccessible,
  expectNoHorizontalOverflow,
  loginViaForm,
  newContext,
  shotsNamed,
} from './support.ts';

// Issue 10, 单位待确定: a citizen whose unit is not in the list picks 列表中没有，手动填写 and types
// its name; the report is accepted with a tracking code. Staff find it under the 单位待确定 tab, see
// the typed name in a banner on the case, and determine the unit with the generated form. The unit
// then finds the case in its inbox once the center asks it to explain.

const PHONE_390 = { width: 390, height: 844 };
const TITLE = '夜间执法扣押电动三轮车未开具清单';
const TYPED = '城北综合执法二中队';
const UNIT1 = '市市场监督管理局';
const shot = shotsNamed('unit-tbd');

test('单位待确定: a typed unit is accepted, staff determine it at triage, the unit then finds the case', async ({
  browser,
}) => {
  // The form at 1440 px with the typed name (not sent: the phone sends it below).
  const deskCtx = await newContext(browser, DESKTOP);
  const desk = await deskCtx.newPage();
  await desk.goto('/public/report');
  await desk.getByLabel('被反映的执法单位').selectOption({ label: '列表中没有，手动填写' });
  await desk.getByLabel('执法单位名称').fill(TYPED);
  await expect(desk.getByLabel('执法单位名称')).toHaveValue(TYPED);
  await expectAccessible(desk, 'public form with a typed unit (1440)');
  await shot(desk, 'public-form-1440');
  await deskCtx.close();

  // The citizen, on a phone: 列表中没有，手动填写, a typed name, a tracking code.
  const citizenCtx = await newContext(browser, PHONE_390);
  const citizen = await citizenCtx.newPage();
  await citizen.goto('/public/report');
  await expect(citizen.getByRole('heading', { level: 1, name: '行政违法行为投诉举报' })).toBeVisible();
  await citizen.getByLabel('被反映的执法单位').selectOption({ label: '列表中没有，手动填写' });
  await citizen.getByLabel('执法单位名称').fill(TYPED);
  await citizen.getByLabel('标题').fill(TITLE);
  await citizen
    .getByLabel('问题描述')
    .fill('昨晚十点在城北夜市，执法人员扣押了我的电动三轮车，没有开具任何清单，也没有说明依据。');
  await expectNoHorizontalOverflow(citizen);
  await shot(citizen, 'public-form-390');
  await citizen.getByTestId('public-report-submit').click();
  const code = citizen.getByTestId('tracking-code');
  await expect(code).toHaveText(/^\S{10,}$/);
  await expectNoHorizontalOverflow(citizen);
  await shot(citizen, 'tracking-code-390');
  await citizen.getByRole('link', { name: '查询办理进度' }).click();
  await expect(citizen.getByTestId('tracking-status')).toHaveAttribute('data-status', 'RECEIVED');
  await citizenCtx.close();

  // Staff at 1440 px: the 单位待确定 tab with its count, the typed name in the list.
  const staffCtx = await newContext(browser);
  const staff = await staffCtx.newPage();
  await loginViaForm(staff, 'staff');
  await staff.goto('/cases');
  const tab = staff.getByTestId('queue-tab-unitUndetermined');
  await expect(tab).toContainText('单位待确定');
  await expect(staff.getByTestId('queue-count-unitUndetermined')).toHaveText(/^[1-9]\d*$/);
  await tab.click();
  await expect(staff).toHaveURL(/tab=unitUndetermined/);
  const row = staff.getByTestId('case-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`待确定（反映人填写：${TYPED}）`);
  await expectAccessible(staff, 'queue 单位待确定');
  await shot(staff, 'queue-1440');

  // The case: the banner with the typed name and the 确定被投诉单位 form, open.
  await row.getByTestId('case-link').click();
  const banner = staff.getByTestId('unit-undetermined-banner');
  await expect(banner).toContainText('被投诉单位待确定');
  await expect(banner).toContainText(TYPED);
  await expect(staff.getByTestId('case-unit')).toHaveText(`待确定（反映人填写：${TYPED}）`);
  await expect(staff.getByTestId('action-draft_notice')).toHaveCount(0);
  const form = staff.getByRole('form', { name: '确定被投诉单位' });
  await expect(form).toBeVisible();
  await expectAccessible(staff, 'case with its unit undetermined');
  await shot(staff, 'case-1440');
  const id = new URL(staff.url()).pathname.split('/').at(-1)!;

  // The queue and the case at 390 px: the banner and the form, nothing wider than the screen.
  const phoneCtx = await newContext(browser, PHONE_390);
  const phone = await phoneCtx.newPage();
  await loginViaForm(phone, 'staff');
  await phone.goto('/cases?tab=unitUndetermined');
  await expect(phone.getByTestId('case-row').filter({ hasText: TITLE })).toHaveCount(1);
  await expectNoHorizontalOverflow(phone);
  await shot(phone, 'queue-390');
  await phone.goto(`/cases/${id}`);
  await expect(phone.getByTestId('unit-undetermined-banner')).toContainText(TYPED);
  await expect(phone.getByRole('form', { name: '确定被投诉单位' })).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await shot(phone, 'case-390');
  await phoneCtx.close();

  await form.getByLabel('被投诉单位').selectOption({ label: UNIT1 });
  await form.getByLabel('说明').fill('经电话核实，扣押系市场监管执法人员所为。');
  await form.getByTestId('action-submit-set_unit').click();
  await expect(staff.getByRole('status').filter({ hasText: '确定被投诉单位' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(staff.getByTestId('case-unit')).toHaveText(UNIT1);
  await expect(staff.getByTestId('action-set_unit')).toHaveCount(0);
  await expect(staff.getByTestId('amend-change-unitId')).toContainText(
    `待确定（反映人填写：${TYPED}） → ${UNIT1}`,
  );
  await shot(staff, 'case-set-1440');

  // The center asks the unit to explain; unit1.handler finds the case in its inbox.
  await act(staff.request, id, 'start_assessment');
  await act(staff.request, id, 'open_investigation');
  await act(staff.request, id, 'request_explanation', {
    questions: '请说明扣押依据及清单出具情况。',
    deadlineWorkingDays: 5,
  });
  await staffCtx.close();
  const unitCtx = await newContext(browser);
  const unit = await unitCtx.newPage();
  await loginViaForm(unit, 'unit1.handler');
  await unit.goto('/unit/notices');
  await expect(unit.getByTestId('case-row').filter({ hasText: TITLE })).toHaveCount(1);
  await shot(unit, 'unit-inbox-1440');
  await unitCtx.close();
});
