import { expect, test } from '@playwright/test';
import config, { BASE_URL } from './playwright.config.ts';
import { PASSWORD, settle } from './support.ts';

// Issue 8, "serving an intranet": opened from another computer over plain HTTP the app was a
// blank page (the CSP's upgrade-insecure-requests sent every asset to https). Here Chromium
// opens http://intranet.test:<port>/ — a non-localhost, non-secure origin — while its resolver
// maps that name to 127.0.0.1, so all traffic stays on loopback (never the machine's other
// addresses). It must see the login page, sign in, and get compressed, cached assets.

const port = new URL(BASE_URL).port;
const ORIGIN = `http://intranet.test:${port}`;
const launch = config.use?.launchOptions ?? {};

test.use({
  baseURL: ORIGIN,
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--host-resolver-rules=MAP intranet.test 127.0.0.1'],
  },
});

test('the app works over plain HTTP from a non-localhost origin', async ({ page }) => {
  const requested: string[] = [];
  const failed: string[] = [];
  const assets: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/assets/'))
      assets.push({
        url: r.url(),
        encoding: r.headers()['content-encoding'],
        cache: r.headers()['cache-control'],
      });
  });

  const index = await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/login`));
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  expect(await page.evaluate('window.isSecureContext')).toBe(false);

  await page.getByLabel('用户名').fill('staff');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/dashboard`);
  await expect(page.getByTestId('current-user')).toContainText('张敏');
  await settle(page);

  // Everything went to the intranet origin over http — nothing was upgraded to https.
  expect(requested.length).toBeGreaterThan(5);
  for (const url of requested) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  expect(failed).toEqual([]);
  // Hashed assets arrive compressed and cacheable for a year.
  expect(assets.length).toBeGreaterThan(3);
  for (const a of assets) expect(a.cache, a.url).toBe('public, max-age=31536000, immutable');
  // Files over 1 KB were precompressed at build time (React's chunk is one). Chromium offers
  // brotli only to secure origins, so plain HTTP gets the .gz.
  expect(['br', 'gzip']).toContain(assets.find((a) => a.url.includes('/assets/react-'))?.encoding);
  // The page itself (as the browser got it): revalidated each time, no upgrade, no HSTS.
  const headers = index?.headers() ?? {};
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  expect(headers['strict-transport-security']).toBeUndefined();
});
