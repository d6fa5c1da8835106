import { addDays, startOfShanghaiDay, type TReporterAccessQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { CHAIN_EVENT_SELECT } from './verify-chain.ts';

// The audit views read: one case's events for its chain, and the reporter-access log.

type Db = Pick<PrismaClient, 'case' | 'caseEvent' | 'reporterAccess' | 'user'>;

/** Cases matched by part of their number, at most this many, for the log filter. */
const MAX_FILTER_CASES = 1000;

export function findCaseByNumber(db: Db, number: string) {
  return db.case.findUnique({ where: { number }, select: { id: true, number: true, version: true } });
}

export function findCaseHead(db: Db, id: string) {
  return db.case.findUnique({ where: { id }, select: { id: true, number: true, version: true } });
}

export function chainEvents(db: Db, caseId: string) {
  return db.caseEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' }, select: CHAIN_EVENT_SELECT });
}

async function accessWhere(db: Db, q: TReporterAccessQuery): Promise<Prisma.ReporterAccessWhereInput> {
  const where: Prisma.ReporterAccessWhereInput[] = [];
  if (q.caseNumber) {
    const cases = await db.case.findMany({
      where: { number: { contains: q.caseNumber, mode: 'insensitive' } },
      select: { id: true },
      take: MAX_FILTER_CASES,
    });
    where.push({ caseId: { in: cases.map((c) => c.id) } });
  }
  if (q.user) {
    const users = await db.user.findMany({
      where: {
        OR: [
          { username: { contains: q.user, mode: 'insensitive' } },
          { displayName: { contains: q.user, mode: 'insensitive' } },
        ],
      },
      select: { id: true },
    });
    where.push({ userId: { in: users.map((u) => u.id) } });
  }
  if (q.from) where.push({ at: { gte: startOfShanghaiDay(q.from) } });
  if (q.to) where.push({ at: { lt: startOfShanghaiDay(addDays(q.to, 1)) } });
  return { AND: where };
}

export async function listReporterAccess(db: Db, q: TReporterAccessQuery) {
  const where = await accessWhere(db, q);
  const [rows, total] = await Promise.all([
    db.reporterAccess.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.reporterAccess.count({ where }),
  ]);
  const [cases, users] = await Promise.all([
    db.case.findMany({
      where: { id: { in: rows.map((r) => r.caseId) } },
      select: { id: true, number: true },
    }),
    db.user.findMany({
      where: { id: { in: rows.map((r) => r.userId) } },
      select: { id: true, username: true, displayName: true, role: true },
    }),
  ]);
  return {
    rows,
    total,
    numbers: new Map(cases.map((c) => [c.id, c.number])),
    users: new Map(users.map((u) => [u.id, u])),
  };
}
