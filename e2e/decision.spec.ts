import { type APIRequestContext, expect, test } from '@playwright/test';
import {
  act,
  expectNoHorizontalOverflow,
  expectState,
  loginViaForm,
  newContext,
  performAction,
  shotsNamed,
} from './support.ts';

// The 2026 条例's 决定书 path (product.md v2): a 意见书 drafted in the form (the instrument and a
// calendar-day deadline chosen there), signed, ignored past its deadline under the
// PROPOSE_DECISION policy → the sweeper queues it for the director → the director proposes a
// 决定书 → `government` issues it → ignored → referred whatever the policy. Screenshots of
// each new document: e2e/screenshots/decision-*.png.

const PHONE_390 = { width: 390, height: 844 };
const shot = shotsNamed('decision');
const TITLE = '城管执法局未经催告强制拆除雨棚（决定书演示）';

async function setPolicy(api: APIRequestContext, overduePolicy: string) {
  const profile = await (await api.get('/api/admin/settings')).json();
  expect((await api.put('/api/admin/settings', { data: { ...profile, overduePolicy } })).status()).toBe(200);
}

async function sweepAt(api: APIRequestContext, dueAt: string) {
  const after = new Date(Date.parse(dueAt) + 24 * 3_600_000).toISOString();
  expect((await api.post('/api/test/clock', { data: { now: after } })).ok()).toBe(true);
  const res = await api.post('/api/test/sweep');
  expect(res.ok()).toBe(true);
  return after;
}

test('意见书 ignored → 决定书 proposed and issued by the government → ignored → referral', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const adminCtx = await newContext(browser);
  const adminPage = await adminCtx.newPage();
  await loginViaForm(adminPage, 'admin');
  const admin = adminPage.request;

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
      description: '商户反映城管执法局未经催告即强制拆除雨棚。',
      unitId: unit.id,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await act(staff, id, 'start_assessment');
  await act(staff, id, 'open_investigation');

  // Staff draft a 意见书 in the generated form: the instrument and 15 calendar days.
  await staffPage.goto(`/cases/${id}`);
  await performAction(staffPage, 'draft_notice', '起草监督通知书', async (form) => {
    await form.getByRole('radio', { name: '意见书（违法或明显不当）' }).check();
    await form
      .getByLabel('调查认定的事实')
      .fill('城管执法局未作出书面强制拆除决定、未履行催告程序即实施强制拆除。');
    await form.getByLabel('法律依据').fill('《中华人民共和国行政强制法》第三十五条、第三十七条');
    await form.getByLabel('整改要求').fill('确认该强制拆除行为违法，依法赔偿商户损失，并书面报告纠正情况。');
    await form.getByLabel('期限（自然日）').fill('15');
  });
  await expectState(staffPage, 'NOTICE_PENDING_APPROVAL');

  await setPolicy(admin, 'PROPOSE_DECISION');
  try {
    const directorCtx = await newContext(browser);
    const director = await directorCtx.newPage();
    await loginViaForm(director, 'director');
    const opinion = await act<{ notice: unknown; dueAt: string }>(director.request, id, 'approve_notice');
    expect(opinion.notice).toMatchObject({
      instrument: 'OPINION',
      deadline: { basis: 'CALENDAR_DAYS', days: 15 },
    });
    await director.goto(`/cases/${id}/notice`);
    await expect(director.getByTestId('notice-title')).toHaveText('行政执法监督意见书');
    await expect(director.getByTestId('notice-number')).toContainText('执监意〔');
    await shot(director, '01-opinion');

    // Ignored: under PROPOSE_DECISION the sweep marks it and queues it for the director.
    await sweepAt(director.request, opinion.dueAt);
    await director.goto(`/cases/${id}`);
    await expectState(director, 'AWAITING_REPLY');
    await expect(director.locator('[data-testid="timeline-event"][data-action="mark_overdue"]')).toHaveCount(
      1,
    );
    await performAction(director, 'propose_decision', '提请作出决定书', async (form) => {
      await form
        .getByLabel('提请理由（拒不执行督办函或意见书等情形）')
        .fill('城管执法局收到意见书后逾期未纠正，也未提出异议。');
      await form.getByLabel('拟决定的整改要求').fill('确认强制拆除行为违法并依法赔偿；书面报告执行情况。');
      await form.getByLabel('期限（自然日）').fill('10');
    });
    await expectState(director, 'DECISION_PENDING');

    // The government decides: its queue, the case, 作出决定书.
    const govCtx = await newContext(browser);
    const gov = await govCtx.newPage();
    await loginViaForm(gov, 'government');
    await gov.goto('/government/decisions');
    await expect(gov.getByText(TITLE)).toBeVisible();
    await gov.goto(`/cases/${id}`);
    await performAction(gov, 'issue_decision', '作出决定书', async (form) => {
      await form.getByLabel('决定意见（可不填）').fill('同意市司法局意见。');
    });
    await expectState(gov, 'AWAITING_REPLY');
    const decided = await (await gov.request.get(`/api/cases/${id}`)).json();
    expect(decided.notice).toMatchObject({
      instrument: 'DECISION',
      deadline: { basis: 'CALENDAR_DAYS', days: 10 },
    });
    await gov.goto(`/cases/${id}/notice`);
    await expect(gov.getByTestId('notice-title')).toHaveText('行政执法监督决定书');
    await expect(gov.getByTestId('notice-issuer')).toHaveText('四平市人民政府');
    await expect(gov.getByTestId('notice-number')).toContainText('执监决〔');
    await shot(gov, '02-decision');

    const phoneCtx = await newContext(browser, PHONE_390);
    const phone = phoneCtx.pages()[0] ?? (await phoneCtx.newPage());
    await loginViaForm(phone, 'unit2.leader');
    await phone.goto(`/cases/${id}/notice`);
    await expect(phone.getByTestId('notice-title')).toHaveText('行政执法监督决定书');
    await expectNoHorizontalOverflow(phone);
    await shot(phone, '03-decision-390');

    // The 决定书 ignored too: referred whatever the policy.
    await sweepAt(director.request, decided.dueAt);
    await director.goto(`/cases/${id}`);
    await expectState(director, 'REFERRED');
    await expect(director.locator('[data-testid="timeline-event"][data-action="refer_overdue"]')).toHaveCount(
      1,
    );
    for (const ctx of [directorCtx, govCtx, phoneCtx]) await ctx.close();
  } finally {
    await admin.post('/api/test/clock', { data: { now: null } });
    await setPolicy(admin, 'REFER_TO_DISCIPLINE');
  }

  // A 督办函 from the demo data, printed under its own title.
  const urging = (await (await staff.get('/api/cases?q=非法营运')).json()).items[0];
  await staffPage.goto(`/cases/${urging.id}/notice`);
  await expect(staffPage.getByTestId('notice-title')).toHaveText('行政执法监督督办函');
  await shot(staffPage, '04-urging-letter');
  for (const ctx of [adminCtx, staffCtx]) await ctx.close();
});
