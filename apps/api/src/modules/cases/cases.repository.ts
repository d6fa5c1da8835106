import {
  type CaseScope,
  type CaseSnapshot,
  type CaseState,
  groupSlices,
  periodInstants,
  searchWords,
  type TCaseFilters,
  type TCreateCaseRequest,
  URGENCY_GROUPS,
} from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { caseSelect, searchText } from '../case-store/case-record.ts';
import type { Db } from '../case-store/case-store.repository.ts';

// Prisma only: how cases are listed and searched. No rules live here; reading and writing one
// case is the case store's (modules/case-store).

export { searchText } from '../case-store/case-record.ts';

export function scopeWhere(scope: CaseScope): Prisma.CaseWhereInput {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'unit':
      return { unitId: scope.unitId, unitInvolved: true };
    case 'referred-or-own':
      // Domain canViewCase: referred, a 问题线索 sent (refer_lead), or transferred in by them.
      return {
        OR: [
          { referred: true },
          { workflow: { path: ['leadsReferred'], gt: 0 } },
          { createdById: scope.userId },
        ],
      };
    case 'own':
      return { createdById: scope.userId };
    case 'decisions':
      // Domain canViewCase: a 决定书 was proposed to the government (or issued by it).
      return {
        OR: [
          { workflow: { path: ['decisionsProposed'], gt: 0 } },
          { notices: { some: { instrument: 'DECISION' } } },
        ],
      };
    case 'none':
      return { id: { in: [] } };
  }
}

export function listWhere(scope: CaseScope, q: TCaseFilters, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [scopeWhere(scope)];
  if (q.state) and.push({ state: q.state });
  if (q.unitId) and.push({ unitId: q.unitId });
  // 单位待确定 (domain unitUndetermined): no unit yet.
  if (q.unitUndetermined === true) and.push({ unitId: null });
  if (q.unitUndetermined === false) and.push({ unitId: { not: null } });
  if (q.source) and.push({ source: q.source });
  if (q.instrument) and.push({ notices: { some: { instrument: q.instrument } } });
  if (q.assigneeId) and.push({ assigneeId: q.assigneeId });
  // Only running deadlines have due dates in these columns (domain: indexedFacts).
  if (q.extensionPending === true) and.push({ extensionPending: true });
  if (q.overdue === true) and.push({ dueAt: { lt: now } });
  if (q.overdue === false) and.push({ OR: [{ dueAt: null }, { dueAt: { gte: now } }] });
  if (q.dueSoon === true) and.push({ dueSoonAt: { lte: now }, dueAt: { gte: now } });
  if (q.dueSoon === false)
    and.push({ OR: [{ dueSoonAt: null }, { dueSoonAt: { gt: now } }, { dueAt: { lt: now } }] });
  if (q.from || q.to) and.push({ createdAt: periodInstants(q) });
  for (const word of searchWords(q.q)) {
    // Prisma turns `contains` into ILIKE without escaping: a search for "%" matched every case
    // and one ending in "\" was an SQL error. Backslash is PostgreSQL's default LIKE escape.
    const contains = { contains: word.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
    // Title, number or description (case_search holds them, trigram-indexed); every word must match.
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

/**
 * One page of the urgency order (domain URGENCY_GROUPS): the groups are counted, then only the
 * groups the page reaches are read, each in its own order.
 */
export async function listCasesByUrgency(
  db: Db,
  where: Prisma.CaseWhereInput,
  now: Date,
  page: number,
  pageSize: number,
) {
  const groupWhere = URGENCY_GROUPS.map(
    (g): Prisma.CaseWhereInput => ({ AND: [where, listWhere({ kind: 'all' }, g.filter, now)] }),
  );
  const counts = await Promise.all(groupWhere.map((w) => db.case.count({ where: w })));
  const pages = await Promise.all(
    groupSlices(counts, page, pageSize).map(({ group, skip, take }) =>
      db.case.findMany({
        where: groupWhere[group],
        select: caseSelect,
        orderBy:
          URGENCY_GROUPS[group]?.order === 'dueAt'
            ? [{ dueAt: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }]
            : [{ createdAt: 'desc' }, { id: 'desc' }],
        skip,
        take,
      }),
    ),
  );
  return { items: pages.flat(), total: counts.reduce((a, b) => a + b, 0) };
}

/** Whether the unit exists and whether it takes new cases (null when there is no such unit). */
export async function findUnitStatus(db: Db, unitId: string): Promise<{ active: boolean } | null> {
  return db.unit.findUnique({ where: { id: unitId }, select: { active: true } });
}

export async function findDisplayName(db: Db, userId: string): Promise<string | null> {
  return (
    (await db.user.findUnique({ where: { id: userId }, select: { displayName: true } }))?.displayName ?? null
  );
}

/**
 * What registration takes: a staff registration names its unit (TCreateCaseRequest); a public
 * report may name none that is listed (unitId null, the typed name kept: 单位待确定).
 */
export type RegisterInput =
  | TCreateCaseRequest
  | (Omit<TCreateCaseRequest, 'unitId'> & { unitId: null; reportedUnitName: string });

type NewCase = {
  input: RegisterInput;
  number: string;
  snap: CaseSnapshot;
  createdById: string | null;
  trackingHash: string | null;
  now: Date;
};

export async function createCaseRow(
  db: Db,
  { input, number, snap, createdById, trackingHash, now }: NewCase,
) {
  return db.case.create({
    data: {
      number,
      title: input.title,
      description: input.description,
      source: input.source,
      state: snap.state,
      unitId: input.unitId,
      reportedUnitName: input.unitId === null ? input.reportedUnitName : null,
      version: snap.version,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : null,
      createdById,
      workflow: snap.workflow as Prisma.InputJsonValue,
      trackingHash,
      search: { create: { text: searchText({ ...input, number }) } },
      createdAt: now,
      updatedAt: now,
    },
    select: caseSelect,
  });
}

type NewReporter = { name: string | null; phone: string | null; anonymous: boolean; userId: string | null };

export async function createReporter(db: Db, caseId: string, reporter: NewReporter) {
  await db.reporter.create({ data: { caseId, ...reporter } });
}

export async function findReporter(db: Db, caseId: string) {
  return db.reporter.findUnique({ where: { caseId } });
}

export async function logReporterAccess(db: Db, entry: { caseId: string; userId: string; route: string }) {
  await db.reporterAccess.create({ data: entry });
}

export async function findEvents(db: Db, caseId: string) {
  return db.caseEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' } });
}

/** The instruments issued on a case (the `notices` rows), oldest first. */
export async function findIssuedNotices(db: Db, caseId: string) {
  return db.notice.findMany({
    where: { caseId },
    orderBy: { issuedAt: 'asc' },
    select: {
      number: true,
      instrument: true,
      issuedAt: true,
      findings: true,
      legalBasis: true,
      requiredRectification: true,
      deadlineWorkingDays: true,
      deadlineCalendarDays: true,
    },
  });
}

export async function findDisplayNames(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}

export async function findAttachmentUploads(db: Db, ids: string[]) {
  return ids.length
    ? db.attachment.findMany({
        where: { id: { in: ids } },
        select: { id: true, uploadedAt: true, uploadedById: true },
      })
    : [];
}

export async function countCases(db: Db, where: Prisma.CaseWhereInput) {
  return db.case.count({ where });
}

/** The next page of the list's order (newest first) after `after`, for exports read page by page. */
export async function pageAfter(
  db: Db,
  where: Prisma.CaseWhereInput,
  after: { createdAt: Date; id: string } | null,
  take: number,
) {
  const keyset: Prisma.CaseWhereInput = after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
  return db.case.findMany({
    where: { AND: [where, keyset] },
    select: caseSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
  });
}

export async function findReporters(db: Db, caseIds: string[]) {
  return db.reporter.findMany({ where: { caseId: { in: caseIds } } });
}

export async function logReporterAccesses(
  db: Db,
  entries: { caseId: string; userId: string; route: string }[],
) {
  if (entries.length > 0) await db.reporterAccess.createMany({ data: entries });
}

/**
 * Possible duplicates (domain SIMILAR_CASES): the unit's cases registered since `since` whose
 * title or description is trigram-similar (pg_trgm), best first. The unit and the window bound
 * the candidates (index unit_id, state, created_at), so similarity() is computed on a few rows.
 */
export async function findSimilarCases(
  db: Db,
  q: { unitId: string; title: string; description: string; excludeId: string | null },
  rule: { since: Date; limit: number; titleThreshold: number; descriptionThreshold: number },
) {
  return db.$queryRaw<
    { id: string; number: string; title: string; state: CaseState; createdAt: Date; score: number }[]
  >`
    SELECT id, number, title, state::text AS state, created_at AS "createdAt",
           GREATEST(similarity(title, ${q.title}), similarity(description, ${q.description}))::float8 AS score
    FROM cases
    WHERE unit_id = ${q.unitId}::uuid
      AND created_at >= ${rule.since}
      AND (${q.excludeId}::uuid IS NULL OR id <> ${q.excludeId}::uuid)
      AND (similarity(title, ${q.title}) >= ${rule.titleThreshold}
           OR similarity(description, ${q.description}) >= ${rule.descriptionThreshold})
    ORDER BY score DESC, created_at DESC, id
    LIMIT ${rule.limit}`;
}
