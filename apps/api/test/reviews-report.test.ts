import type { TCampaign, TCampaignReport } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, expectStatus, type TestApp } from './helper.ts';
import { openCampaign, registerCaseFiles, scorerOf, sheetBody } from './reviews-fixtures.ts';

// The campaign's 通报: signed with the office profile's names (not a constant), listing the
// results by unit and the findings — files graded 不合格 (with the veto items failed and the
// reviewers' comments) and files whose review opened a supervision case.

let t: TestApp;
let staff: Client;
let campaign: TCampaign;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  await registerCaseFiles(t, staff, { unit1: 2, unit2: 2 });
  campaign = await openCampaign(t, staff);
  expectStatus(await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, {}), 200);
});
afterAll(() => t?.close());

const report = async () =>
  expectStatus<TCampaignReport>(await staff.get(`/api/reviews/campaigns/${campaign.id}/report`), 200);

async function scoreFile(index: number, total: number, vetoFailed: string[] = [], comments?: string) {
  const view = expectStatus<TCampaign>(await staff.get(`/api/reviews/campaigns/${campaign.id}`), 200);
  const file = view.files[index]!;
  for (const sheet of file.sheets) {
    const client = await scorerOf(t, sheet.id);
    expectStatus(
      await client.put(`/api/reviews/sheets/${sheet.id}`, {
        ...sheetBody(total, vetoFailed),
        ...(comments ? { comments } : {}),
      }),
      200,
    );
  }
  return file;
}

describe('the 通报', () => {
  it('is signed with the office profile’s authority and center, as they are now', async () => {
    const admin = await t.as('admin');
    expectStatus(
      await admin.put('/api/admin/settings', {
        authorityName: '四平市司法局',
        centerName: '四平市行政执法监督中心',
        overduePolicy: 'REFER_TO_DISCIPLINE',
      }),
      200,
    );
    expect((await report()).letterhead).toEqual({
      authorityName: '四平市司法局',
      centerName: '四平市行政执法监督中心',
    });
    expectStatus(
      await admin.put('/api/admin/settings', {
        authorityName: '梨树县司法局',
        centerName: '四平市行政执法监督中心',
        overduePolicy: 'REFER_TO_DISCIPLINE',
      }),
      200,
    );
    expect((await report()).letterhead.authorityName).toBe('梨树县司法局');
  });

  it('lists failed files with their vetoes and comments, and files that opened a case', async () => {
    const excellent = await scoreFile(0, 95);
    const vetoed = await scoreFile(1, 85, ['facts'], '缺少现场检查笔录，事实认定证据不足。');
    const failed = await scoreFile(2, 50);
    const passed = await scoreFile(3, 75);
    const finding = expectStatus<{ caseNumber: string }>(
      await staff.post(`/api/reviews/files/${passed.id}/finding`, { description: '告知程序记录不完整。' }),
      201,
    );

    const r = await report();
    expect(r.results.total).toMatchObject({
      files: 4,
      excellent: 1,
      pass: 1,
      fail: 2,
      pending: 0,
      passRate: 0.5,
    });
    expect(r.files.map((f) => f.grade)).toEqual(['EXCELLENT', 'FAIL', 'FAIL', 'PASS']);
    expect(r.findings).toEqual([
      {
        number: vetoed.number,
        unitName: expect.any(String),
        total: 85,
        grade: 'FAIL',
        vetoFailed: ['事实清楚、证据确凿'],
        comments: ['缺少现场检查笔录，事实认定证据不足。', '缺少现场检查笔录，事实认定证据不足。'],
        caseNumber: null,
      },
      {
        number: failed.number,
        unitName: expect.any(String),
        total: 50,
        grade: 'FAIL',
        vetoFailed: [],
        comments: [],
        caseNumber: null,
      },
      {
        number: passed.number,
        unitName: expect.any(String),
        total: 75,
        grade: 'PASS',
        vetoFailed: [],
        comments: [],
        caseNumber: finding.caseNumber,
      },
    ]);
    expect(r.findings.map((f) => f.number)).not.toContain(excellent.number);
  });
});
