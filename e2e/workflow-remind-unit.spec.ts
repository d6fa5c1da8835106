import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  act,
  expectAccessible,
  expectNoHorizontalOverflow,
  expectState,
  loginViaForm,
  newContext,
  shotsNamed,
} from './support.ts';

// remind_unit (催办), the action added by docs/architecture.md's "Adding an action" recipe: no web
// code was written for it. The director finds 催办 among the case's actions, with a form
// generated from its payload and labelled from the domain's copy; the unit reads the reminder
// in the case's history, on a phone too.

const PHONE_390 = { width: 390, height: 844 };
const TITLE = '城管执法人员拒不出示执法证件（催办）';
const REMINDER = '请于本周五前报送整改进展；逾期未报告的，将依规移送纪检监察机关。';
const shot = shotsNamed('workflow');

/** Signs `username` in on the API (same cookies as its page) and returns the request context. */
async function apiAs(page: Page, username: string): Promise<APIRequestContext> {
  await loginViaForm(page, username);
  return page.request;
}

test('催办: the director reminds the unit; the unit reads it in the history', async ({ browser }) => {
  const staffCtx = await newContext(browser);
  const staff = await apiAs(await staffCtx.newPage(), 'staff');
  const units = (await (await staff.get('/api/units')).json()) as { id: string; name: string }[];
  const unit = units.find((u) => u.name === '市城市管理综合行政执法局')!;
  const created = await staff.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title: TITLE,
      description: '投诉人反映城管执法人员检查时拒不出示执法证件。',
      unitId: unit.id,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await act(staff, id, 'start_assessment');
  await act(staff, id, 'open_investigation');
  await act(staff, id, 'draft_notice', {
    findings: '执法人员检查时拒不出示执法证件',
    legalBasis: '《中华人民共和国行政处罚法》第五十五条',
    requiredRectification: '组织执法人员培训并书面报告整改情况',
  });

  const directorCtx = await newContext(browser);
  const director = await directorCtx.newPage();
  await act(await apiAs(director, 'director'), id, 'approve_notice');
  await director.goto(`/cases/${id}`);
  await expectState(director, 'AWAITING_REPLY');
  await director.getByTestId('action-remind_unit').click();
  const form = director.getByRole('form', { name: '催办' });
  await expect(form.getByLabel('催办意见')).toBeVisible();
  await form.getByLabel('催办意见').fill(REMINDER);
  await shot(director, '01-director-remind-unit');
  await expectAccessible(director, 'director remind_unit form');
  await form.getByTestId('action-submit-remind_unit').click();
  await expect(director.getByRole('status').filter({ hasText: '已办理：催办' })).toBeVisible();
  await expectState(director, 'AWAITING_REPLY');

  const unitCtx = await newContext(browser, PHONE_390);
  const leader = unitCtx.pages()[0] ?? (await unitCtx.newPage());
  await loginViaForm(leader, 'unit2.leader');
  await leader.goto(`/cases/${id}`);
  const reminder = leader.locator('[data-testid="timeline-event"][data-action="remind_unit"]');
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText('催办');
  await expect(reminder).toContainText(REMINDER);
  await expectNoHorizontalOverflow(leader);
  await expectAccessible(leader, 'unit leader reads the reminder (390 px)');
  await shot(leader, '02-phone-unit-reads-reminder');

  for (const ctx of [staffCtx, directorCtx, unitCtx]) await ctx.close();
});
