import type { TCampaign, TCase, TOfficer, TStats } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, step } from './flows.ts';
import { type Client, createTestApp, expectStatus, type TestApp } from './helper.ts';
import { openCampaign, registerCaseFiles, score } from './reviews-fixtures.ts';

// The quality figures of GET /api/stats: 举报案件查处率 (citizens' reports concluded with a
// finding ÷ concluded), 案卷评查合格率 (files graded 优秀/合格 ÷ files with a final grade) and the
// cases citing an officer whose 执法证 was not valid on the act's date — overall and per unit.
// The expectations are written from the cases this test drives, not from the service's filters.

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const stats = async () => expectStatus<TStats>(await (await t.as('director')).get('/api/stats'), 200);
const unitRow = (s: TStats, unit: 'unit1' | 'unit2') =>
  s.qualityByUnit.find((u) => u.unitId === t.unitIds[unit])!;

describe('举报案件查处率', () => {
  it('counts citizens’ reports concluded with a finding against all concluded ones', async () => {
    const before = unitRow(await stats(), 'unit2');
    // A hotline report rectified after a notice: concluded with a finding.
    const rectified = await caseIn(t, 'REPLY_UNDER_REVIEW', { unit: 'unit2', source: 'HOTLINE' });
    await step(t, 'staff', rectified.id, 'accept_rectification');
    // A public report dismissed: concluded without a finding.
    const dismissed = await caseIn(t, 'ASSESSING', { unit: 'unit2', source: 'PUBLIC_COMPLAINT' });
    await step(t, 'staff', dismissed.id, 'dismiss');
    // A media case rectified is not a citizen's report; a running report does not count yet.
    const media = await caseIn(t, 'REPLY_UNDER_REVIEW', { unit: 'unit2', source: 'MEDIA' });
    await step(t, 'staff', media.id, 'accept_rectification');
    await caseIn(t, 'AWAITING_REPLY', { unit: 'unit2', source: 'HOTLINE' });

    const after = await stats();
    const row = unitRow(after, 'unit2');
    expect(row.reportsConcluded).toBe(before.reportsConcluded + 2);
    expect(row.reportsWithFinding).toBe(before.reportsWithFinding + 1);
    expect(row.reportHandlingRate).toBeCloseTo(row.reportsWithFinding / row.reportsConcluded, 12);
    const concluded = after.qualityByUnit.reduce((n, u) => n + u.reportsConcluded, 0);
    const found = after.qualityByUnit.reduce((n, u) => n + u.reportsWithFinding, 0);
    expect(after.reportHandlingRate).toBeCloseTo(found / concluded, 12);
  });
});

describe('案卷评查合格率', () => {
  it('is null before any file is graded, then 优秀+合格 ÷ graded, per unit and overall', async () => {
    const empty = await stats();
    expect(empty.reviewPassRate).toBeNull();
    expect(unitRow(empty, 'unit1')).toMatchObject({ reviewFilesGraded: 0, reviewPassRate: null });

    await registerCaseFiles(t, staff, { unit1: 2, unit2: 2 });
    const campaign = await openCampaign(t, staff);
    expectStatus(await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, {}), 200);
    const view = expectStatus<TCampaign>(await staff.get(`/api/reviews/campaigns/${campaign.id}`), 200);
    // unit1: 95 (优秀) and 50 (不合格); unit2: 70 (合格) and, still being scored, one sheet only.
    const ofUnit = (unit: 'unit1' | 'unit2') => view.files.filter((f) => f.unitId === t.unitIds[unit]);
    const [a, b] = ofUnit('unit1');
    const [c, d] = ofUnit('unit2');
    for (const [file, total] of [
      [a!, 95],
      [b!, 50],
      [c!, 70],
    ] as const)
      for (const sheet of file.sheets) expectStatus(await score(t, sheet.id, total), 200);
    expectStatus(await score(t, d!.sheets[0]!.id, 88), 200);

    const s = await stats();
    expect(unitRow(s, 'unit1')).toMatchObject({
      reviewFilesGraded: 2,
      reviewFilesPassed: 1,
      reviewPassRate: 0.5,
    });
    expect(unitRow(s, 'unit2')).toMatchObject({
      reviewFilesGraded: 1,
      reviewFilesPassed: 1,
      reviewPassRate: 1,
    });
    expect(s.reviewPassRate).toBeCloseTo(2 / 3, 12);
  });
});

describe('cases citing an uncertified officer', () => {
  it('counts each flagged case once, by unit', async () => {
    const admin = await t.as('admin');
    const officer = async (certificateNo: string, validUntil: string) =>
      expectStatus<TOfficer>(
        await admin.post('/api/admin/registry/officers', {
          name: `执法员${certificateNo}`,
          certificateNo,
          fields: [],
          validFrom: '2024-01-01',
          validUntil,
          unitId: t.unitIds.unit1,
        }),
        201,
      ).id;
    const valid = await officer('SQ-1', '2027-12-31');
    const expired = await officer('SQ-2', '2025-06-30');
    const expired2 = await officer('SQ-3', '2025-06-30');
    const register = async (unit: 'unit1' | 'unit2', officerIds: string[]) =>
      expectStatus<TCase>(
        await staff.post('/api/cases', {
          source: 'HOTLINE',
          title: '无证执法',
          description: '执法人员执法证已过期仍参与检查。',
          unitId: t.unitIds[unit],
          occurredAt: '2026-01-20T10:00:00+08:00',
          officerIds,
        }),
        201,
      );
    expect((await stats()).uncertifiedOfficerCases).toBe(0);
    await register('unit1', [valid]);
    await register('unit1', [expired, expired2]); // two uncertified officers: one case
    await register('unit1', [valid, expired]);
    const later = await register('unit2', [valid]);
    const s = await stats();
    expect(s.uncertifiedOfficerCases).toBe(2);
    expect(unitRow(s, 'unit1').uncertifiedOfficerCases).toBe(2);
    expect(unitRow(s, 'unit2').uncertifiedOfficerCases).toBe(0);
    // Citing an expired officer later flags that case too.
    expectStatus(
      await staff.put(`/api/cases/${later.id}/officers`, { version: 1, officerIds: [expired] }),
      200,
    );
    expect(unitRow(await stats(), 'unit2').uncertifiedOfficerCases).toBe(1);
  });
});
