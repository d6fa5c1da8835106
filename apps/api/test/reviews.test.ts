import {
  drawCampaign,
  seedCommitmentOf,
  type TCampaign,
  type TDraw,
  type TPublicDraw,
  type TReviewFile,
  type TReviewResults,
  type TSheet,
} from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createTestApp,
  type DemoUser,
  expectProblem,
  expectStatus,
  type TestApp,
} from './helper.ts';
import {
  EXPERT,
  openCampaign,
  REVIEWER_USERS,
  registerCaseFiles,
  score,
  scorerOf,
} from './reviews-fixtures.ts';

// 案卷评查 over HTTP: a campaign opens with a seed commitment, the 双随机 draw happens once,
// reviewers score, the lead reconciles, the campaign closes with results by unit; a finding
// opens a supervision case linked both ways.

let t: TestApp;
let staff: Client;
let campaign: TCampaign;
let draw: TDraw;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  await registerCaseFiles(t, staff, { unit1: 3, unit2: 2 });
  campaign = await openCampaign(t, staff);
});
afterAll(() => t?.close());

const campaignView = async (id = campaign.id) =>
  expectStatus<TCampaign>(await staff.get(`/api/reviews/campaigns/${id}`), 200);

describe('opening a campaign', () => {
  it('publishes a sha256 commitment and keeps the seed secret until the draw', async () => {
    expect(campaign).toMatchObject({ status: 'OPEN', draw: null, files: [], reviewersPerFile: 2 });
    expect(campaign.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    const { seed } = await t.prisma.reviewCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(seedCommitmentOf(seed)).toBe(campaign.seedCommitment);
    expect((await staff.get(`/api/reviews/campaigns/${campaign.id}`)).body.includes(seed)).toBe(false);
    expect(campaign.reviewers.find((r) => r.name === EXPERT)).toMatchObject({ userId: null, unitId: null });
  });

  it('refuses bad input and other roles', async () => {
    expectProblem(
      await staff.post('/api/reviews/campaigns', {
        title: 'x',
        unitIds: [],
        periodFrom: '2026-01-01',
        periodTo: '2026-02-01',
        filesPerUnit: 1,
        reviewers: [],
      }),
      400,
    );
    const unknown = await staff.post('/api/reviews/campaigns', {
      title: 'x',
      unitIds: ['00000000-0000-4000-8000-000000000001'],
      periodFrom: '2026-01-01',
      periodTo: '2026-02-01',
      filesPerUnit: 1,
      reviewers: [{ name: '专家' }],
    });
    expectProblem(unknown, 422);
    const badChecklist = await staff.post('/api/reviews/campaigns', {
      title: 'x',
      unitIds: [t.unitIds.unit1],
      periodFrom: '2026-01-01',
      periodTo: '2026-02-01',
      filesPerUnit: 1,
      reviewers: [{ name: '专家' }],
      thresholds: { excellent: 120, pass: 60 },
    });
    expect(expectProblem(badChecklist, 400).errors?.[0]?.path).toBe('thresholds');
    expectProblem(await (await t.as('unit1.leader')).get('/api/reviews/campaigns'), 403);
  });
});

describe('the draw', () => {
  it('answers 422 saying how many files or reviewers exist when more are asked', async () => {
    const tooManyFiles = await openCampaign(t, staff, { filesPerUnit: 3 });
    const files = expectProblem(await staff.post(`/api/reviews/campaigns/${tooManyFiles.id}/draw`, {}), 422);
    expect(files.detail).toContain('只有 2 件');
    expect(files.errors?.map((e) => e.path)).toEqual([`units.${t.unitIds.unit2}.files`]);
    const tooManyReviewers = await openCampaign(t, staff, { reviewersPerFile: 4 });
    const reviewers = expectProblem(
      await staff.post(`/api/reviews/campaigns/${tooManyReviewers.id}/draw`, {}),
      422,
    );
    expect(reviewers.detail).toContain('只有 3 名');
    expect((await campaignView(tooManyFiles.id)).status).toBe('OPEN');
  });

  it('draws files per unit and reviewers per file, never from the file’s own unit, and reveals the seed', async () => {
    draw = expectStatus<TDraw>(
      await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, {
        observerValue: '纪检监察室：骰子 3-5-2',
        observerName: '驻局纪检组',
      }),
      200,
    );
    expect(seedCommitmentOf(draw.seed)).toBe(campaign.seedCommitment);
    expect(draw.result.units.map((u) => [u.unitId, u.fileIds.length])).toEqual(
      [t.unitIds.unit1, t.unitIds.unit2].sort().map((id) => [id, 2]),
    );
    const unitOf = new Map(draw.inputs.reviewers.map((r) => [r.id, r.unitId]));
    for (const f of draw.result.files) {
      expect(f.reviewerIds).toHaveLength(2);
      for (const id of f.reviewerIds) expect(unitOf.get(id)).not.toBe(f.unitId);
    }
    expect(drawCampaign(draw.seed, draw.seedCommitment, draw.inputs)).toEqual(draw.result);
    const view = await campaignView();
    expect(view.status).toBe('DRAWN');
    expect(view.files).toHaveLength(4);
    expect(view.files.every((f) => f.sheets.length === 2 && f.status === 'PENDING')).toBe(true);
  });

  it('happens once: a second draw is 409', async () => {
    expect(expectProblem(await staff.post(`/api/reviews/campaigns/${campaign.id}/draw`, {}), 409).code).toBe(
      'DUPLICATE',
    );
  });

  it('happens once even when two requests race', async () => {
    const racing = await openCampaign(t, staff);
    const url = `/api/reviews/campaigns/${racing.id}/draw`;
    const answers = await Promise.all([staff.post(url, {}), staff.post(url, {})]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await t.prisma.reviewDraw.count({ where: { campaignId: racing.id } })).toBe(1);
    expect(await t.prisma.reviewFile.count({ where: { campaignId: racing.id } })).toBe(4);
  });

  it('is published without a session: seed, commitment, inputs and result', async () => {
    const res = await t.inject({ method: 'GET', url: `/api/public/draws/${draw.id}` });
    const published = expectStatus<TPublicDraw>(res, 200);
    expect(published).toMatchObject({
      seed: draw.seed,
      seedCommitment: campaign.seedCommitment,
      inputs: draw.inputs,
      result: draw.result,
    });
    expect(published.inputs.observerValue).toBe('纪检监察室：骰子 3-5-2');
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/public/draws/00000000-0000-4000-8000-000000000001' }),
      404,
    );
  });

  it('can never hold a seed that does not match its commitment (the database refuses it)', async () => {
    await expect(
      t.prisma.$executeRaw`UPDATE review_campaigns SET seed = 'guessable' WHERE id = ${campaign.id}::uuid`,
    ).rejects.toThrow();
    await expect(
      t.prisma
        .$executeRaw`UPDATE review_campaigns SET seed = 'guessable', seed_commitment = ${seedCommitmentOf('guessable')} WHERE id = ${campaign.id}::uuid`,
    ).rejects.toThrow();
    const { seed } = await t.prisma.reviewCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
    await expect(
      t.prisma.reviewCampaign.create({
        data: {
          title: '伪造',
          unitIds: [],
          periodFrom: new Date('2026-01-01'),
          periodTo: new Date('2026-01-31'),
          fileKinds: [],
          filesPerUnit: 1,
          reviewersPerFile: 1,
          checklist: {},
          thresholds: {},
          tolerance: 0,
          seed: `${seed}x`,
          seedCommitment: campaign.seedCommitment,
          leadId: campaign.leadId,
        },
      }),
    ).rejects.toThrow();
  });
});

describe('scoring and reconciliation', () => {
  const file = async (index: number) => (await campaignView()).files[index]!;

  it('refuses scores outside an item’s range (400 VALIDATION) and other people’s sheets', async () => {
    const sheet = (await file(0)).sheets[0]!;
    const scorer = await scorerOf(t, sheet.id);
    const res = await scorer.put(`/api/reviews/sheets/${sheet.id}`, {
      scores: { presentation: 25, content: 70 },
      vetoFailed: [],
    });
    const problem = expectProblem(res, 400);
    expect(problem.code).toBe('VALIDATION');
    expect(problem.errors?.map((e) => e.path)).toEqual(['scores.presentation']);
    expectProblem(
      await scorer.put(`/api/reviews/sheets/${sheet.id}`, { scores: { presentation: -1, content: 70 } }),
      400,
    );
    expectProblem(
      await scorer.put(`/api/reviews/sheets/${sheet.id}`, {
        scores: { presentation: 10, content: 70 },
        vetoFailed: ['bogus'],
      }),
      400,
    );
    const stranger = await t.as('discipline');
    expectProblem(await stranger.get(`/api/reviews/sheets/${sheet.id}`), 404);
  });

  it('a user reviewer finds their sheets and scores them; the center enters the expert’s', async () => {
    const view = await campaignView();
    const files = view.files;
    // The draw is random (a fresh seed): take a user of the pool it gave sheets to. Every file has
    // two reviewers from outside its unit, so at least one user of the pool is always drawn.
    const users = await t.prisma.user.findMany({ where: { username: { in: REVIEWER_USERS } } });
    const drawn = users
      .map((user) => {
        const poolId = view.reviewers.find((r) => r.userId === user.id)!.id;
        const here = files.flatMap((f) => f.sheets.filter((s) => s.reviewerId === poolId).map((s) => s.id));
        return { user, here };
      })
      .find((d) => d.here.length > 0);
    expect(drawn).toBeDefined();
    const { user: leader, here } = drawn!;
    const mine = expectStatus<{ id: string }[]>(
      await (await t.as(leader.username as DemoUser)).get('/api/reviews/my-sheets'),
      200,
    );
    expect(mine.map((s) => s.id)).toEqual(expect.arrayContaining(here));
    const owners = await t.prisma.reviewSheet.findMany({
      where: { id: { in: mine.map((s) => s.id) } },
      include: { reviewer: true },
    });
    expect(owners.every((o) => o.reviewer.userId === leader.id)).toBe(true);
    const sheet = expectStatus<TSheet>(
      await (await scorerOf(t, files[0]!.sheets[0]!.id)).get(
        `/api/reviews/sheets/${files[0]!.sheets[0]!.id}`,
      ),
      200,
    );
    expect(sheet).toMatchObject({ canScore: true, scores: null, caseFile: { number: files[0]!.number } });
  });

  it('averages two close totals into a final grade', async () => {
    const f = await file(0);
    expectStatus(await score(t, f.sheets[0]!.id, 92), 200);
    expect((await file(0)).status).toBe('PENDING');
    const after = expectStatus<TSheet>(await score(t, f.sheets[1]!.id, 86), 200);
    expect(after).toMatchObject({ total: 86, grade: 'PASS', fileStatus: 'FINAL', canScore: false });
    expect(await file(0)).toMatchObject({ status: 'FINAL', total: 89, grade: 'PASS' });
    expectProblem(await score(t, f.sheets[0]!.id, 95), 422);
  });

  it('sends a file to reconciliation when the totals differ beyond the tolerance, or only one vetoes', async () => {
    const gap = await file(1);
    await score(t, gap.sheets[0]!.id, 95);
    await score(t, gap.sheets[1]!.id, 80);
    expect((await file(1)).status).toBe('NEEDS_RECONCILIATION');
    const veto = await file(2);
    await score(t, veto.sheets[0]!.id, 90, ['facts']);
    await score(t, veto.sheets[1]!.id, 90);
    expect(await file(2)).toMatchObject({ status: 'NEEDS_RECONCILIATION', grade: null });
  });

  it('lets the campaign lead record the agreed result (合议), once', async () => {
    const f = await file(1);
    const url = `/api/reviews/files/${f.id}/reconcile`;
    const body = { total: 88, vetoed: false, note: '经合议，内容部分扣分以第二位评查人员意见为准' };
    expectProblem(await (await t.as('unit1.handler')).post(url, body), 403);
    expectProblem(await staff.post(url, { ...body, total: 101 }), 400);
    const done = expectStatus<TReviewFile>(await staff.post(url, body), 200);
    expect(done).toMatchObject({
      status: 'FINAL',
      total: 88,
      grade: 'PASS',
      reconciliation: { note: body.note },
    });
    expect(done.fullSheets).toHaveLength(2);
    expect(expectProblem(await staff.post(url, body), 422).code).toBe('WRONG_STATE');
    const vetoFile = await file(2);
    const failed = expectStatus<TReviewFile>(
      await (await t.as('director')).post(`/api/reviews/files/${vetoFile.id}/reconcile`, {
        total: 90,
        vetoed: true,
        note: '证据不足，认定不合格',
      }),
      200,
    );
    expect(failed.grade).toBe('FAIL');
  });

  it('closes only when every file is final, with results by unit and a 通报', async () => {
    expect(
      expectProblem(await staff.post(`/api/reviews/campaigns/${campaign.id}/close`), 422).detail,
    ).toContain('1 件');
    const last = await file(3);
    for (const s of last.sheets) await score(t, s.id, 95);
    const closed = expectStatus<TCampaign>(
      await staff.post(`/api/reviews/campaigns/${campaign.id}/close`),
      200,
    );
    expect(closed.status).toBe('CLOSED');
    expectProblem(await score(t, last.sheets[0]!.id, 90), 422);
    const results = expectStatus<TReviewResults>(
      await staff.get(`/api/reviews/campaigns/${campaign.id}/results`),
      200,
    );
    expect(results.total).toMatchObject({
      files: 4,
      excellent: 1,
      pass: 2,
      fail: 1,
      pending: 0,
      passRate: 0.75,
    });
    expect(results.byUnit.map((u) => u.files)).toEqual([2, 2]);
    const report = expectStatus<{ letterhead: { authorityName: string }; files: unknown[] }>(
      await staff.get(`/api/reviews/campaigns/${campaign.id}/report`),
      200,
    );
    expect(report.letterhead.authorityName.length).toBeGreaterThan(0);
    expect(report.files).toHaveLength(4);
    const period = expectStatus<TReviewResults>(
      await staff.get(`/api/reviews/results?from=2026-01-01&to=2026-03-31&unitId=${t.unitIds.unit1}`),
      200,
    );
    expect(period.byUnit.map((u) => u.unitId)).toEqual([t.unitIds.unit1]);
    expectProblem(await staff.get('/api/reviews/results?from=2026-03-01&to=2026-01-01'), 400);
  });
});

describe('a finding opens a supervision case', () => {
  it('registers a CASE_FILE_REVIEW case with its number and history, linked both ways, once', async () => {
    const f = (await campaignView()).files.find((x) => x.grade === 'FAIL')!;
    const url = `/api/reviews/files/${f.id}/finding`;
    expectProblem(await (await t.as('unit1.leader')).post(url, { description: 'x' }), 403);
    const created = expectStatus<{ caseId: string; caseNumber: string }>(
      await staff.post(url, { description: '案卷缺少现场检查笔录，事实认定证据不足。' }),
      201,
    );
    const c = expectStatus<{ source: string; number: string; unitId: string; title: string; state: string }>(
      await staff.get(`/api/cases/${created.caseId}`),
      200,
    );
    expect(c).toMatchObject({
      source: 'CASE_FILE_REVIEW',
      number: created.caseNumber,
      unitId: f.unitId,
      state: 'RECEIVED',
    });
    expect(c.title).toContain(f.number);
    const events = expectStatus<{ action: string }[]>(
      await staff.get(`/api/cases/${created.caseId}/events`),
      200,
    );
    expect(events.map((e) => e.action)).toEqual(['register']);
    const file = expectStatus<TReviewFile>(await staff.get(`/api/reviews/files/${f.id}`), 200);
    expect(file).toMatchObject({ findingCaseId: created.caseId, findingCaseNumber: created.caseNumber });
    const link = expectStatus<{ link: { reviewFileId: string } | null }>(
      await staff.get(`/api/reviews/case-links/${created.caseId}`),
      200,
    );
    expect(link.link?.reviewFileId).toBe(f.id);
    const cases = await t.prisma.case.count({ where: { source: 'CASE_FILE_REVIEW' } });
    expect(expectProblem(await staff.post(url, { description: '再来一次' }), 409).code).toBe('DUPLICATE');
    expect(await t.prisma.case.count({ where: { source: 'CASE_FILE_REVIEW' } })).toBe(cases);
  });

  it('rolls the case back when the link cannot be written (one transaction)', async () => {
    const f = (await campaignView()).files.find((x) => x.findingCaseId === null)!;
    const before = await t.prisma.case.count();
    const url = `/api/reviews/files/${f.id}/finding`;
    const answers = await Promise.all([
      staff.post(url, { description: '甲' }),
      staff.post(url, { description: '乙' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await t.prisma.case.count()).toBe(before + 1);
  });
});
