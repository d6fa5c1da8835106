import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, expectStatus, type TestApp } from './helper.ts';
import { openCampaign, registerCaseFiles } from './reviews-fixtures.ts';

// The standalone script of docs/random-draw.md, extracted from the document as a reader would
// copy it, recomputes a draw made through the API (and notices a tampered one).

const DOC = fileURLToPath(new URL('../../../docs/random-draw.md', import.meta.url));

function extractScript(): string {
  const match = /```js\n([\s\S]*?)```/.exec(readFileSync(DOC, 'utf8'));
  if (!match?.[1]) throw new Error('no js block in docs/random-draw.md');
  return match[1];
}

let t: TestApp;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  await registerCaseFiles(t, staff, { unit1: 3, unit2: 3 });
});
afterAll(() => t?.close());

describe('docs/random-draw.md', () => {
  it('has a script of about thirty lines with no dependencies', () => {
    const script = extractScript();
    expect(script.split('\n').length).toBeLessThanOrEqual(42);
    expect([...script.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['node:crypto', 'node:fs']);
  });

  it('recomputes the published result of a draw made through the API, and rejects a tampered one', async () => {
    const campaign = await openCampaign(t, staff);
    const { id } = expectStatus<{ id: string }>(
      await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, { observerValue: '1-6-4' }),
      200,
    );
    const published = (await t.inject({ method: 'GET', url: `/api/public/draws/${id}` })).body;
    const dir = t.dataDir;
    const script = path.join(dir, 'recompute-draw.mjs');
    writeFileSync(script, extractScript());
    writeFileSync(path.join(dir, 'draw.json'), published);
    const run = (file: string) =>
      spawnSync(process.execPath, [script, path.join(dir, file)], { encoding: 'utf8' });
    const ok = run('draw.json');
    expect(ok.stdout).toContain('OK');
    expect(ok.status).toBe(0);

    const tampered = JSON.parse(published);
    const first = tampered.result.files[0];
    first.reviewerIds = [...first.reviewerIds].reverse();
    writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(tampered));
    const bad = run('tampered.json');
    expect(bad.stdout).toContain('MISMATCH');
    expect(bad.status).toBe(1);
  });
});
