import type { CaseScope, TCaseListQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { type CaseRow, caseSelect } from './case-record.ts';

// Prisma only: how cases are found, listed and written. No rules live here.

type Db = Prisma.TransactionClient | PrismaClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  if (!isUuid(id)) return null;
  return db.case.findUnique({ where: { id }, select: caseSelect });
}

/** findCase plus the head of the case's history (seq and hash of its last event), in one query. */
export async function findCaseWithHead(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const found = await db.case.findUnique({
    where: { id },
    select: {
      ...caseSelect,
      events: { select: { seq: true, hash: true }, orderBy: { seq: 'desc' }, take: 1 },
    },
  });
  if (!found) return null;
  const { events, ...row } = found;
  return { row: row as CaseRow, head: events[0] ?? null };
}

/** What `q` searches (case_search.text): written once, at registration. */
export const searchText = (c: { title: string; number: string; description: string }) =>
  [c.title, c.number, c.description].join('\u001f');

/** Writes a transition only if nobody else did first; 0 means a concurrent change won. */
export async function updateCaseIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  data: Prisma.CaseUpdateManyMutationInput,
): Promise<number> {
  const { count } = await db.case.updateMany({ where: { id, version: expectedVersion }, data });
  return count;
}

/** Next value of a gap-free counter; the row lock is held until the transaction ends. */
export async function nextCounterValue(db: Db, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO counters (key, last) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET last = counters.last + 1
    RETURNING last`;
  return Number(rows[0]!.last);
}

export function scopeWhere(scope: CaseScope): Prisma.CaseWhereInput {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'unit':
      return { unitId: scope.unitId, noticeIssued: true };
    case 'referred-or-own':
      return { OR: [{ referred: true }, { createdById: scope.userId }] };
    case 'own':
      return { createdById: scope.userId };
    case 'none':
      return { id: { in: [] } };
  }
}

export function listWhere(scope: CaseScope, q: TCaseListQuery, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [scopeWhere(scope)];
  if (q.state) and.push({ state: q.state });
  if (q.unitId) and.push({ unitId: q.unitId });
  if (q.source) and.push({ source: q.source });
  // Only running deadlines have due dates in these columns (domain: indexedFacts).
  // Pending on a running deadline; superseded requests are cleared by the domain.
  if (q.extensionPending === true) {
    and.push({
      dueAt: { not: null },
      workflow: { path: ['extensionRequest', 'decision'], equals: 'PENDING' },
    });
  }
  if (q.overdue === true) and.push({ dueAt: { lt: now } });
  if (q.overdue === false) and.push({ OR: [{ dueAt: null }, { dueAt: { gte: now } }] });
  if (q.dueSoon === true) and.push({ dueSoonAt: { lte: now }, dueAt: { gte: now } });
  if (q.dueSoon === false)
    and.push({ OR: [{ dueSoonAt: null }, { dueSoonAt: { gt: now } }, { dueAt: { lt: now } }] });
  if (q.q) {
    // Prisma turns `contains` into ILIKE without escaping: a search for "%" matched every case
    // and one ending in "\" was an SQL error. Backslash is PostgreSQL's default LIKE escape.
    const contains = { contains: q.q.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
    // Title, number or description (case_search holds them, trigram-indexed).
    and.push({ search: { is: { text: contains } } });
  }
  return { AND: and };
}

export async function listCases(db: Db, where: Prisma.CaseWhereInput, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    db.case.findMany({
      where,
      select: caseSelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.case.count({ where }),
  ]);
  return { items, total };
}
