import { type Actor, type CertificateRecord, canCiteOfficers } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { badRequest, forbidden } from '../../lib/http-errors.ts';
import type { Db } from './case-store.repository.ts';

// Prisma only: the registry officers a case cites (case_officers), shared by registration
// (cases) and later edits (case-officers). Whether a certificate was valid is the domain's
// (registry/case-officers.ts), computed from what these reads return.

/** What the check and the view need of an officer: dates, status and every decision. */
export const citedOfficerSelect = {
  id: true,
  name: true,
  certificateNo: true,
  validFrom: true,
  validUntil: true,
  status: true,
  unit: { select: { name: true } },
  history: { select: { at: true, toStatus: true }, orderBy: [{ at: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.OfficerSelect;
export type CitedOfficerRow = Prisma.OfficerGetPayload<{ select: typeof citedOfficerSelect }>;

/** The officers with these ids that exist (in no particular order). */
export const findOfficersById = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.officer.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, certificateNo: true },
      });

/** The officers a case cites, in the order they were cited. */
export async function readCaseOfficers(db: Db, caseId: string): Promise<CitedOfficerRow[]> {
  const rows = await db.caseOfficer.findMany({
    where: { caseId },
    orderBy: { position: 'asc' },
    select: { officer: { select: citedOfficerSelect } },
  });
  return rows.map((r) => r.officer);
}

/** Replaces the case's cited officers with `officerIds` (in that order). */
export async function replaceCaseOfficers(db: Db, caseId: string, officerIds: string[]) {
  await db.caseOfficer.deleteMany({ where: { caseId } });
  if (officerIds.length > 0)
    await db.caseOfficer.createMany({
      data: officerIds.map((officerId, position) => ({ caseId, officerId, position })),
    });
}

/**
 * Every citation with what the statistics need: the case's unit and act date, the officer's
 * certificate. Optionally only cases registered in [from, to).
 */
export const readAllCitations = (db: Db, registered?: { gte?: Date; lt?: Date }) =>
  db.caseOfficer.findMany({
    where: registered ? { case: { createdAt: registered } } : {},
    select: {
      caseId: true,
      case: { select: { unitId: true, occurredAt: true, createdAt: true } },
      officer: { select: citedOfficerSelect },
    },
  });

/** An officer row as the domain's certificate record (dates as YYYY-MM-DD). */
export const certificateOf = (
  o: Pick<CitedOfficerRow, 'validFrom' | 'validUntil' | 'history'>,
): CertificateRecord => ({
  validFrom: o.validFrom.toISOString().slice(0, 10),
  validUntil: o.validUntil.toISOString().slice(0, 10),
  history: o.history,
});

/**
 * The registry officers to cite (at registration or later), in the order given, as the history records them
 * (id, name, 执法证号); only those who may cite officers may, and every id must exist.
 */
export async function citedOfficers(db: Db, ids: string[], actor: Actor) {
  if (ids.length === 0) return [];
  if (!canCiteOfficers(actor)) throw forbidden('无权列明执法人员 / not allowed to cite officers');
  const found = new Map((await findOfficersById(db, ids)).map((o) => [o.id, o]));
  const missing = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `officerIds.${i}`, message: '执法人员不存在 / unknown officer' }],
  );
  if (missing.length > 0) throw badRequest('所列执法人员不存在 / unknown officer', missing);
  return ids.map((id) => found.get(id)!);
}

/** Officers to cite: by name or 执法证号 (part of either), optionally of one body; first 20. */
export const searchOfficersToCite = (db: Db, q: string | undefined, unitId: string | undefined) =>
  db.officer.findMany({
    where: {
      ...(unitId ? { unitId } : {}),
      ...(q
        ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { certificateNo: { contains: q } }] }
        : {}),
    },
    select: citedOfficerSelect,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 20,
  });
