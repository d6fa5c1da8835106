import type { TCampaign, TCaseFile } from '@sp/domain';
import { type Client, type DemoUser, expectStatus, type TestApp } from './helper.ts';

// A small world for 案卷评查: case files of two units, a pool of three users and an outside
// expert, and helpers to open campaigns and score sheets as their reviewers.

export const REVIEWER_USERS: DemoUser[] = ['unit1.handler', 'unit2.leader', 'staff'];
export const EXPERT = '外聘专家张教授';

export async function registerCaseFiles(t: TestApp, staff: Client, counts: { unit1: number; unit2: number }) {
  const files: TCaseFile[] = [];
  for (const [unit, n] of Object.entries(counts) as ['unit1' | 'unit2', number][])
    for (let i = 1; i <= n; i++)
      files.push(
        expectStatus<TCaseFile>(
          await staff.post('/api/reviews/case-files', {
            number: `${unit === 'unit1' ? '市监罚' : '城管罚'}〔2026〕${i}号`,
            unitId: t.unitIds[unit],
            kind: 'PENALTY',
            decisionDate: `2026-01-${String(10 + i).padStart(2, '0')}`,
            attachments: ['立案审批表', '询问笔录', '行政处罚决定书'],
          }),
          201,
        ),
      );
  return files;
}

export async function reviewerPool(t: TestApp) {
  const users = await t.prisma.user.findMany({ where: { username: { in: REVIEWER_USERS } } });
  return [...users.map((u) => ({ userId: u.id })), { name: EXPERT }];
}

export async function openCampaign(t: TestApp, staff: Client, overrides: Record<string, unknown> = {}) {
  const res = await staff.post('/api/reviews/campaigns', {
    title: '2026年第一季度行政处罚案卷集中评查',
    unitIds: [t.unitIds.unit1, t.unitIds.unit2],
    periodFrom: '2026-01-01',
    periodTo: '2026-02-28',
    fileKinds: ['PENALTY'],
    filesPerUnit: 2,
    reviewers: await reviewerPool(t),
    ...overrides,
  });
  return expectStatus<TCampaign>(res, 201);
}

/** The client who scores a sheet: its reviewer if a user, else the center entering the paper form. */
export async function scorerOf(t: TestApp, sheetId: string): Promise<Client> {
  const sheet = await t.prisma.reviewSheet.findUniqueOrThrow({
    where: { id: sheetId },
    include: { reviewer: true },
  });
  if (!sheet.reviewer.userId) return t.as('staff');
  const user = await t.prisma.user.findUniqueOrThrow({ where: { id: sheet.reviewer.userId } });
  return t.as(user.username as DemoUser);
}

/** Scores with this total (presentation 20 at most, the rest content) and optional vetoes. */
export function sheetBody(total: number, vetoFailed: string[] = []) {
  const presentation = Math.min(20, total);
  return { scores: { presentation, content: total - presentation }, vetoFailed };
}

export async function score(t: TestApp, sheetId: string, total: number, vetoFailed: string[] = []) {
  const client = await scorerOf(t, sheetId);
  return client.put(`/api/reviews/sheets/${sheetId}`, sheetBody(total, vetoFailed));
}
