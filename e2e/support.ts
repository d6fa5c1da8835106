import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';

// Shared helpers of the end-to-end suite: contexts per user, UI login, screenshots, axe and the
// "reporter is nowhere" check. Kept free of sleeps: everything waits on visible state.

export const PASSWORD = 'Demo#2026';
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const DOCS_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** A fresh browser context with the project's options (baseURL, locale, time zone). */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<BrowserContext> {
  const use = test.info().project.use;
  return browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    viewport,
  });
}

/** Signs in through the login form and waits until the role's home has rendered. */
export async function loginViaForm(page: Page, username: string, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** Waits until no spinner, skeleton or route progress bar is left on the page. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('.sp-loading, .ant-spin-spinning, .sp-progress')).toHaveCount(0);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

let shotNo = 0;
export const shotFiles: string[] = [];

/** The full, settled page into `e2e/screenshots/<name>.png`. */
async function capture(page: Page, name: string): Promise<string> {
  await settle(page);
  // From the top (a sticky header would otherwise be painted mid-page) and with no hover effect.
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  return file;
}

/** `e2e/screenshots/<nn>-<step>.png`, full page, after the page has settled. */
export async function shot(page: Page, step: string): Promise<string> {
  shotNo += 1;
  const file = await capture(page, `${String(shotNo).padStart(2, '0')}-${step}`);
  shotFiles.push(file);
  return file;
}

/**
 * A spec's own screenshots, named rather than numbered: `const shot = shotsNamed('attach10')`
 * writes `e2e/screenshots/attach10-<name>.png` (full page, settled, from the top).
 */
export function shotsNamed(prefix: string): (page: Page, name: string) => Promise<string> {
  return (page, name) => capture(page, `${prefix}-${name}`);
}

/**
 * Pages in fresh contexts that are all closed after the spec file's tests. Call it at the top
 * level of the spec: `const pageAt = pagesClosedAfterAll();` then `await pageAt(browser, PHONE)`.
 */
export function pagesClosedAfterAll(): (
  browser: Browser,
  viewport?: { width: number; height: number },
) => Promise<Page> {
  const contexts: BrowserContext[] = [];
  test.afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });
  return async (browser, viewport = DESKTOP) => {
    const context = await newContext(browser, viewport);
    contexts.push(context);
    return context.newPage();
  };
}

/**
 * A workflow action through the API, as `api`'s signed-in user, at the case's current version;
 * expects 200 and returns the response body.
 */
export async function act<T = Record<string, unknown>>(
  api: APIRequestContext,
  caseId: string,
  action: string,
  payload: Record<string, unknown> = {},
): Promise<T> {
  const current = await (await api.get(`/api/cases/${caseId}`)).json();
  const res = await api.post(`/api/cases/${caseId}/actions`, {
    data: { action, version: current.version, ...payload },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

/** Copies a screenshot into docs/screenshots/ under the name the README references. */
export function publishShot(file: string, name: string): void {
  mkdirSync(DOCS_DIR, { recursive: true });
  copyFileSync(file, `${DOCS_DIR}${name}`);
}

export type AxeSummary = { page: string; violations: { id: string; impact: string; nodes: number }[] };
export const axeResults: AxeSummary[] = [];

/** axe-core on the settled page: no serious or critical violations (all rule ids are logged). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.mouse.move(0, 0);
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  axeResults.push({
    page: name,
    violations: violations.map(({ id, impact, nodes }) => ({ id, impact, nodes })),
  });
  if (violations.length > 0) console.log(`axe ${name}:`, JSON.stringify(violations));
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, `serious/critical axe violations on ${name}`).toEqual([]);
}

/** Nothing wider than the screen: no sideways scrolling of the whole page on a phone. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  await settle(page);
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);
}

/** The complaint's reporter: distinctive values that must never reach a unit's page. */
export const REPORTER = { name: '测试举报人甲', phone: '13912345678' };

export async function expectNoReporter(page: Page, where: string): Promise<void> {
  await settle(page);
  const html = await page.content();
  expect(html.includes(REPORTER.name), `reporter name on ${where}`).toBe(false);
  expect(html.includes(REPORTER.phone), `reporter phone on ${where}`).toBe(false);
}

/** Opens an action's form, fills it and submits; waits for the success status. */
export async function performAction(
  page: Page,
  action: string,
  label: string,
  fill?: (form: Locator) => Promise<void>,
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByRole('form', { name: label });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await form.getByTestId(`action-submit-${action}`).click();
  await expect(page.getByRole('status').filter({ hasText: `已办理：${label}` })).toBeVisible();
}

/** The case's state as the case summary card shows it. */
export async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.getByTestId('case-summary').getByTestId('state-tag')).toHaveAttribute(
    'data-state',
    state,
  );
}
