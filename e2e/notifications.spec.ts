import { expect, test } from '@playwright/test';
import {
  act,
  expectAccessible,
  expectNoHorizontalOverflow,
  expectState,
  loginViaForm,
  newContext,
  shotsNamed,
} from './support.ts';

// 待办 and live updates (issue 11): the director finds the draft to sign in the inbox with an
// unread count in the menu; the unit's leader, on a phone, sees the new notice arrive in the
// inbox without reloading; the director's open case page follows the unit's reply by itself.

const PHONE_390 = { width: 390, height: 844 };
const TITLE = '城管执法人员拒不出示执法证件（待办）';
const shot = shotsNamed('notify');

test('待办: inbox with unread counts, and pages that update themselves', async ({ browser }) => {
  const staffCtx = await newContext(browser);
  const staffPage = await staffCtx.newPage();
  await loginViaForm(staffPage, 'staff');
  const staff = staffPage.request;
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

  // The director: the draft awaits approval in the inbox; the menu counts the unread.
  const directorCtx = await newContext(browser);
  const director = await directorCtx.newPage();
  await loginViaForm(director, 'director');
  await director.goto('/notifications');
  await expect(director.getByRole('heading', { level: 1, name: '待办通知' })).toBeVisible();
  const draft = director
    .locator('[data-testid="notification"][data-action="draft_notice"]')
    .filter({ hasText: TITLE });
  await expect(draft).toHaveCount(1);
  await expect(draft).toContainText('未读');
  await expect(director.getByTestId('menu-unread').first()).toBeVisible();
  await expectAccessible(director, 'director notifications');
  await shot(director, 'desktop');

  // The unit's leader on a phone keeps the inbox open; the director signs the notice.
  const unitCtx = await newContext(browser, PHONE_390);
  const leader = await unitCtx.newPage();
  await loginViaForm(leader, 'unit2.leader');
  await leader.goto('/notifications');
  await expect(leader.getByRole('heading', { level: 1, name: '待办通知' })).toBeVisible();
  const notice = leader
    .locator('[data-testid="notification"][data-action="approve_notice"]')
    .filter({ hasText: TITLE });
  await expect(notice).toHaveCount(0);
  await act(director.request, id, 'approve_notice');
  await expect(notice).toHaveCount(1); // arrived over the live stream, no reload
  await expect(notice).toContainText('未读');
  await expectNoHorizontalOverflow(leader);
  await expectAccessible(leader, 'unit leader notifications (390 px)');
  await shot(leader, '390');

  // Marking it read lowers the count.
  await notice.getByRole('button', { name: /标为已读/ }).click();
  await expect(notice).not.toContainText('未读');

  // The director's case page follows the unit's reply by itself.
  await director.goto(`/cases/${id}`);
  await expectState(director, 'AWAITING_REPLY');
  await act(leader.request, id, 'submit_rectification', {
    report: '已组织全体执法人员开展程序培训，涉事人员已批评教育，并完善了现场检查程序。',
  });
  await expectState(director, 'REPLY_UNDER_REVIEW');

  for (const ctx of [staffCtx, directorCtx, unitCtx]) await ctx.close();
});
