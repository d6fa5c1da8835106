import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../src/config.ts';
import { DEMO_PASSWORD } from '../src/seeds/demo-data.ts';
import { createTestApp, expectProblem, type TestApp } from './helper.ts';

// Serving an intranet (issue 8): plain HTTP on any address (no upgrade-insecure-requests, no
// HSTS, cookies without Secure), behind an HTTPS reverse proxy when TRUST_PROXY says so (HSTS,
// Secure cookies), hashed assets precompressed and cached for a year, index.html revalidated.

let web: string;
let direct: TestApp;
let proxied: TestApp;
const SCRIPT = `console.log(${JSON.stringify('执法监督+'.repeat(200))});`;
const ASSET = '/assets/index-Bx7k2Q9a.js';

beforeAll(async () => {
  web = await mkdtemp(path.join(tmpdir(), 'sp-web-'));
  await mkdir(path.join(web, 'assets'));
  await writeFile(
    path.join(web, 'index.html'),
    `<!doctype html><script type="module" src="${ASSET}"></script>`,
  );
  await writeFile(path.join(web, ASSET), SCRIPT);
  await writeFile(path.join(web, `${ASSET}.br`), brotliCompressSync(SCRIPT));
  await writeFile(path.join(web, `${ASSET}.gz`), gzipSync(SCRIPT));
  direct = await createTestApp({ webDist: web });
  // As behind nginx on the same machine (light-my-request's requests come from 127.0.0.1).
  proxied = await createTestApp({ webDist: web, trustProxy: ['127.0.0.1'] });
});
afterAll(async () => {
  await proxied?.close();
  await direct?.close();
  await rm(web, { recursive: true, force: true });
});

const get = (t: TestApp, url: string, headers: Record<string, string> = {}) =>
  t.inject({ method: 'GET', url, headers });

describe('plain HTTP on any address', () => {
  it('the CSP never upgrades requests to https, and no HSTS is sent', async () => {
    for (const host of ['intranet.test:3000', '192.168.1.20:3000', '127.0.0.1:3000']) {
      const res = await get(direct, '/', { host });
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/upgrade-insecure-requests/);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('the session cookie works without TLS (no Secure flag), HttpOnly and SameSite=Strict', async () => {
    const res = await direct.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'staff', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sp_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie.secure).toBeUndefined();
  });

  it('X-Forwarded-Proto is ignored unless TRUST_PROXY names the proxy', async () => {
    const res = await direct.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'staff', password: DEMO_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'sp_session')!.secure).toBeUndefined();
    expect(
      (await get(direct, '/', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security'],
    ).toBeUndefined();
  });
});

describe('behind an HTTPS reverse proxy (TRUST_PROXY)', () => {
  const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.8' };

  it('requests that came over HTTPS get HSTS and a Secure cookie', async () => {
    const page = await get(proxied, '/', viaProxy);
    expect(page.headers['strict-transport-security']).toBe('max-age=15552000');
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: viaProxy,
      payload: { username: 'staff', password: DEMO_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'sp_session')).toMatchObject({ secure: true, httpOnly: true });
  });

  it('the same instance still serves plain HTTP from the proxy without HSTS', async () => {
    const res = await get(proxied, '/', { 'x-forwarded-proto': 'http' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('TRUST_PROXY parses to Fastify’s trustProxy', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });
});

describe('the web build', () => {
  it('hashed assets: brotli or gzip as the browser accepts, cached for a year, immutable', async () => {
    const br = await get(direct, ASSET, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(br.headers['content-type'])).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gz = await get(direct, ASSET, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get(direct, ASSET);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('index.html is revalidated every time, at / and at any client-side route', async () => {
    for (const url of ['/', '/index.html', '/admin/users', '/cases/123?x=1']) {
      const res = await get(direct, url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toContain(ASSET);
    }
  });

  it('a missing hashed asset is a 404, not the app’s HTML', async () => {
    expectProblem(await get(direct, '/assets/index-old.js'), 404);
    expectProblem(await get(direct, '/api/nope'), 404);
  });
});
