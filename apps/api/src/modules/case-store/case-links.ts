import type { ActionNeeds, Actor, DerivedRow, FoundCase } from '@sp/domain';
import { caseSelect } from './case-record.ts';
import { type Db, isUuid } from './case-store.repository.ts';

// Prisma only: the links between cases (table case_links) that merge and link_related write,
// and what they need to know about the other case. The rules are the domain's (targetCaseRefusal).

/** The case a merge or link names (by id or number), with the kinds of link it already has with `caseId`. */
export async function findTargetCase(
  db: Db,
  caseId: string,
  named: NonNullable<ActionNeeds['targetCase']>,
): Promise<FoundCase> {
  if ('id' in named && !isUuid(named.id)) return null;
  const found = await db.case.findUnique({
    where: 'id' in named ? { id: named.id } : { number: named.number },
    select: { id: true, number: true, unitId: true, state: true },
  });
  if (!found) return null;
  const links = await db.caseLink.findMany({
    where: {
      OR: [
        { caseId, relatedCaseId: found.id },
        { caseId: found.id, relatedCaseId: caseId },
      ],
    },
    select: { kind: true },
  });
  return { ...found, links: links.map((l) => l.kind) };
}

export async function insertCaseLink(
  db: Db,
  caseId: string,
  row: Extract<DerivedRow, { kind: 'caseLink' }>,
  actor: Actor,
) {
  await db.caseLink.create({
    data: {
      caseId,
      relatedCaseId: row.relatedCaseId,
      kind: row.linkKind,
      note: row.note,
      createdById: actor.kind === 'user' ? actor.id : null,
    },
  });
}

/** Every link of a case in both directions, oldest first, with the other case as stored. */
export async function listCaseLinks(db: Db, caseId: string) {
  const rows = await db.caseLink.findMany({
    where: { OR: [{ caseId }, { relatedCaseId: caseId }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      caseId: true,
      kind: true,
      note: true,
      createdAt: true,
      case: { select: caseSelect },
      relatedCase: { select: caseSelect },
    },
  });
  return rows.map((r) => {
    const fromSource = r.caseId === caseId;
    return {
      kind: r.kind,
      fromSource,
      note: r.note,
      createdAt: r.createdAt,
      other: fromSource ? r.relatedCase : r.case,
    };
  });
}
