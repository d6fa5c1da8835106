import { expect, type Page, test } from '@playwright/test';
import {
  act,
  DESKTOP,
  expectAccessible,
  expectNoHorizontalOverflow,
  loginViaForm,
  pagesClosedAfterAll,
  shotsNamed,
} from './support.ts';

// Issue 10, files and the public page: attachments preview inline (PDF, image) and an upload of
// two files names both; the public and supervisor forms send photos; a 不予受理 case's tracking
// page states the outcome with its date; the tracking code never breaks inside a group on a
// phone. Screenshots: e2e/screenshots/attach10-*.png at 1440 and 390 px.

const PHONE_390 = { width: 390, height: 844 };
const shot = shotsNamed('attach10');
const pageAt = pagesClosedAfterAll();
const UNIT1 = '市市场监督管理局';

/** A 1×1 PNG (the server sniffs the bytes; the name only has to look like a photo). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

/** The tracking code's groups sit on one line, or each group whole on its own lines. */
async function expectCodeUnbroken(page: Page) {
  const boxes = await page.locator('.sp-tracking-code__group').evaluateAll((els) =>
    els.map((el) => {
      const rects = el.getClientRects();
      return { lines: rects.length, top: rects[0]?.top ?? 0 };
    }),
  );
  expect(boxes).toHaveLength(4);
  for (const b of boxes) expect(b.lines, 'a group of the code wraps').toBe(1);
  return new Set(boxes.map((b) => Math.round(b.top))).size;
}

for (const [label, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE_390],
] as const) {
  test(`public (${label}): two photos go with the complaint; the code stays whole`, async ({ browser }) => {
    const page = await pageAt(browser, viewport);
    await page.goto('/public/report');
    await page.getByLabel('被反映的执法单位').selectOption({ label: UNIT1 });
    await page.getByLabel('标题').fill(`执法人员当众呵斥摊主（照片 ${label}）`);
    await page
      .getByLabel('问题描述')
      .fill('今天上午在菜市场门口，执法人员当众呵斥摊主并扣押三轮车，未出示证件。');
    await page.getByTestId('report-photo-input').setInputFiles([photo('现场一.png'), photo('现场二.png')]);
    const picked = page.getByTestId('report-photo-list');
    await expect(picked).toContainText('现场一.png');
    await expect(picked).toContainText('现场二.png');
    await expect(page.getByLabel('提供照片中的拍摄位置')).not.toBeChecked();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, `public report with photos (${label})`);
    await shot(page, `public-form-photos-${label}`);

    await page.getByTestId('public-report-submit').click();
    await expect(page.getByTestId('tracking-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Both names, not only the last one.
    await expect(page.getByTestId('photo-result')).toContainText('已附照片 2 张：现场一.png、现场二.png');
    const lines = await expectCodeUnbroken(page);
    // At 390 px the whole code fits one line.
    expect(lines).toBe(1);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, `public tracking code (${label})`);
    await shot(page, `public-code-${label}`);
  });
}

test('public: a 不予受理 case states the outcome and its date, at 1440 and 390 px', async ({ browser }) => {
  test.setTimeout(400_000);
  const page = await pageAt(browser);
  const filed = await page.request.post('/api/public/reports', {
    data: { title: '对行政复议决定不服', description: '认为复议决定认定事实不清。', unitName: UNIT1 },
  });
  expect(filed.status()).toBe(201);
  const { trackingCode } = await filed.json();
  const staff = await pageAt(browser);
  await loginViaForm(staff, 'staff');
  const found = await (
    await staff.request.get(`/api/cases?q=${encodeURIComponent('对行政复议决定不服')}`)
  ).json();
  const id = found.items[0].id as string;
  await act(staff.request, id, 'start_assessment');
  await act(staff.request, id, 'dismiss', {
    reasonCode: 'REVIEW_OR_LITIGATION_AVAILABLE',
    reason: '属于可申请行政复议的事项',
    feedback: '您反映的事项可依法申请行政复议或提起行政诉讼。',
  });

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE_390],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`/public/track?code=${encodeURIComponent(trackingCode)}`);
    await expect(page.getByTestId('tracking-status')).toHaveText('已办结', { timeout: 60_000 });
    await expect(page.getByTestId('tracking-outcome')).toHaveText(
      '不予受理：该事项可申请行政复议或提起行政诉讼',
    );
    await expect(page.getByTestId('tracking-outcome-at')).toContainText('办结日期');
    await expect(page.getByTestId('tracking-result')).not.toContainText('受理时间');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, `public dismissed (${label})`);
    await shot(page, `public-dismissed-${label}`);
  }
});

test('staff: two files named on upload; PDF and image open inline in a preview', async ({ browser }) => {
  test.setTimeout(400_000);
  const page = await pageAt(browser);
  await loginViaForm(page, 'staff');
  const units = await (await page.request.get('/api/units')).json();
  const unitId = (units.items ?? units).find((u: { name: string }) => u.name === UNIT1).id;
  const created = await page.request.post('/api/cases', {
    data: {
      source: 'HOTLINE',
      title: '执法记录仪缺失（附件预览）',
      description: '检查时未开启执法记录仪。',
      unitId,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE_390],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`/cases/${id}`);
    const card = page.getByTestId('attachments-card');
    if (label === 'desktop') {
      await card.getByTestId('attachment-input').setInputFiles([
        { name: '询问笔录.pdf', mimeType: 'application/pdf', buffer: PDF },
        { name: '现场照片.png', mimeType: 'image/png', buffer: PNG },
      ]);
      await expect(card.getByTestId('upload-status')).toContainText('询问笔录.pdf、现场照片.png');
    }
    const list = card.getByTestId('attachment-list');
    // Generous: on a loaded 2-core machine the case page's queries can take a while.
    await expect(list.locator('li')).toHaveCount(2, { timeout: 60_000 });
    await expectNoHorizontalOverflow(page);
    await shot(page, `staff-attachments-${label}`);

    await list.getByRole('button', { name: '预览 现场照片.png' }).click();
    const body = page.getByTestId('attachment-preview-body');
    await expect(body).toHaveAttribute('data-kind', 'image', { timeout: 30_000 });
    const img = body.locator('img');
    await expect(img).toBeVisible();
    await expect
      .poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(1);
    await expectAccessible(page, `attachment preview image (${label})`);
    await shot(page, `preview-image-${label}`);
    await page.getByRole('button', { name: /close|关闭/i }).click();

    await list.getByRole('button', { name: '预览 询问笔录.pdf' }).click();
    await expect(body).toHaveAttribute('data-kind', 'pdf', { timeout: 30_000 });
    const src = await body.locator('iframe').getAttribute('src');
    const served = await page.request.get(src!);
    expect(served.headers()['content-disposition']).toMatch(/^inline;/);
    expect(served.headers()['x-content-type-options']).toBe('nosniff');
    await shot(page, `preview-pdf-${label}`);
    await page.getByRole('button', { name: /close|关闭/i }).click();
  }
});

test('special supervisor (1440 and 390 px): photos go with the report, every name shown', async ({
  browser,
}) => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE_390],
  ] as const) {
    const page = await pageAt(browser, viewport);
    await loginViaForm(page, 'supervisor');
    await page.goto('/supervisor/report');
    await page.getByLabel('被反映的执法单位').selectOption({ label: UNIT1 });
    await page.getByLabel('标题').fill(`广场执法人员未佩戴证件（附照片，${name}）`);
    await page.getByLabel('问题描述').fill('在人民广场看到两名执法人员未佩戴执法证件，拍了照片。');
    await page
      .getByTestId('supervisor-photo-input')
      .setInputFiles([photo('IMG_0001.png'), photo('IMG_0002.png')]);
    await page.getByLabel('提供照片中的拍摄位置').check();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, `supervisor report with photos (${name})`);
    await shot(page, `supervisor-form-photos-${name}`);
    await page.getByTestId('registration-submit').click();
    await expect(page.getByTestId('registration-success')).toContainText('报送成功');
    await expect(page.getByTestId('photo-result')).toContainText('已附照片 2 张：IMG_0001.png、IMG_0002.png');
    await shot(page, `supervisor-sent-${name}`);
  }
});
