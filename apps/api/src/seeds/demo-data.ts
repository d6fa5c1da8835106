import type { Role, UserActor } from '@sp/domain';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { createClock } from '../lib/clock.ts';
import { hashPassword } from '../lib/passwords.ts';
import { createCalendarService } from '../modules/calendar/calendar.service.ts';
import { createCasesService } from '../modules/cases/cases.service.ts';
import { createOfficeProfileService } from '../modules/office-profile/office-profile.service.ts';
import { createPublicService } from '../modules/public/public.service.ts';
import { createSweepService } from '../modules/sweeper/sweep.service.ts';
import { createSettingsService } from '../modules/system/settings.service.ts';
import { demoStories } from './demo-stories.ts';

// Demo data (api-contract.md, "Demo data"): units, one user per role, and cases in several
// states. Cases are driven through the real services with a clock set in the past, so their
// histories, deadlines and hash chains are exactly what production would have written.

export const DEMO_PASSWORD = 'Demo#2026';

export const DEMO_UNITS = [
  '市市场监督管理局',
  '市城市管理综合行政执法局',
  '市交通运输局',
  '市生态环境局',
  '市自然资源局',
];

const DEMO_USERS: { username: string; displayName: string; role: Role; unit?: number }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'staff', displayName: '张敏（投诉中心）', role: 'CENTER_STAFF' },
  { username: 'director', displayName: '李建国（监督机构负责人）', role: 'CENTER_DIRECTOR' },
  { username: 'unit1.handler', displayName: '王芳（市场监管局经办人）', role: 'UNIT_HANDLER', unit: 0 },
  { username: 'unit1.leader', displayName: '陈志强（市场监管局局长）', role: 'UNIT_LEADER', unit: 0 },
  { username: 'unit2.handler', displayName: '刘洋（城管执法局经办人）', role: 'UNIT_HANDLER', unit: 1 },
  { username: 'unit2.leader', displayName: '赵刚（城管执法局局长）', role: 'UNIT_LEADER', unit: 1 },
  { username: 'supervisor', displayName: '孙丽（特邀监督员）', role: 'SUPERVISOR' },
  { username: 'discipline', displayName: '周正（纪检监察）', role: 'DISCIPLINE' },
  { username: 'government', displayName: '吴晓东（市人民政府办公室）', role: 'GOVERNMENT' },
];

/** Registry officers of the first two demo units (执法人员库), certificates valid through 2028. */
export const DEMO_OFFICERS = [
  { name: '马立新', unit: 0, certificateNo: '22030001001', fields: ['市场监管'] },
  { name: '韩冬梅', unit: 0, certificateNo: '22030001002', fields: ['市场监管', '食品安全'] },
  { name: '郑凯', unit: 1, certificateNo: '22030002001', fields: ['城市管理'] },
  // The demo's answered 处理建议 (离岗教育, accepted) suspends him (demo-stories.ts).
  { name: '孙浩', unit: 0, certificateNo: '22030001003', fields: ['市场监管'] },
] as const;

/** The demo office is Siping's (吉林四平 “行政执法监督+”, the mission of product.md). */
export const DEMO_OFFICE_PROFILE = {
  authorityName: '四平市司法局',
  centerName: '四平市行政执法监督投诉举报中心',
  governmentName: '四平市人民政府',
  overduePolicy: 'REFER_TO_DISCIPLINE',
} as const;

export type DemoActors = Record<string, UserActor>;

export async function hasAnyUser(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count()) > 0;
}

/** Seeds demo data into a database without users; returns false (and does nothing) otherwise. */
export async function seedDemo(prisma: PrismaClient, now: Date = new Date()): Promise<boolean> {
  if (await hasAnyUser(prisma)) return false;
  const units = [];
  for (const name of DEMO_UNITS)
    units.push(await prisma.unit.upsert({ where: { name }, create: { name }, update: {} }));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actors: DemoActors = {};
  for (const u of DEMO_USERS) {
    const unitId = u.unit === undefined ? null : units[u.unit]!.id;
    const user = await prisma.user.create({
      data: { username: u.username, displayName: u.displayName, role: u.role, unitId, passwordHash },
    });
    actors[u.username] = { kind: 'user', id: user.id, role: u.role, unitId };
  }
  const officerIds: Record<string, string> = {};
  for (const o of DEMO_OFFICERS) {
    const officer = await prisma.officer.create({
      data: {
        name: o.name,
        unitId: units[o.unit]!.id,
        certificateNo: o.certificateNo,
        fields: [...o.fields],
        validFrom: new Date('2024-01-01T00:00:00.000Z'),
        validUntil: new Date('2028-12-31T00:00:00.000Z'),
        updatedAt: now,
      },
    });
    await prisma.officerStatusChange.create({
      data: {
        officerId: officer.id,
        toStatus: 'VALID',
        reason: '登记 / registered',
        changedById: actors.admin!.id,
        at: new Date('2024-01-01T00:00:00.000Z'),
      },
    });
    officerIds[o.name] = officer.id;
  }
  const clock = createClock();
  clock.set(now);
  await createOfficeProfileService({ prisma, clock }).update(DEMO_OFFICE_PROFILE, actors.admin!);
  clock.set(null);
  const calendars = createCalendarService({ prisma });
  const settings = createSettingsService({ prisma });
  const cases = createCasesService({ prisma, clock, calendars, settings });
  const publicService = createPublicService({ prisma, clock });
  const sweep = createSweepService({ prisma, clock, calendars });
  await demoStories({
    cases,
    publicService,
    sweep,
    clock,
    actors,
    unitIds: units.map((u) => u.id),
    officerIds,
    now,
  });
  return true;
}

export function demoLoginsText(): string {
  return [
    `演示账号 / demo logins (password ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.username.padEnd(14)} ${u.displayName}`),
  ].join('\n');
}
