import type { OfficerStatus, StoredOfficerStatus } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';
import { toDbDate } from './registry-dates.ts';

// Prisma only: officers and their status history.

type Db = Prisma.TransactionClient | PrismaClient;
type OfficerStatusRow = StoredOfficerStatus;

export const officerSelect = {
  id: true,
  name: true,
  unitId: true,
  unit: { select: { name: true } },
  certificateNo: true,
  fields: true,
  validFrom: true,
  validUntil: true,
  status: true,
  idCardNo: true,
  phone: true,
  note: true,
  updatedAt: true,
} satisfies Prisma.OfficerSelect;
export type OfficerRow = Prisma.OfficerGetPayload<{ select: typeof officerSelect }>;

/** A filter on the effective status: EXPIRED is VALID with validUntil before today. */
function statusWhere(status: OfficerStatus | undefined, today: string): Prisma.OfficerWhereInput {
  if (status === undefined) return {};
  if (status === 'EXPIRED') return { status: 'VALID', validUntil: { lt: toDbDate(today) } };
  if (status === 'VALID') return { status: 'VALID', validUntil: { gte: toDbDate(today) } };
  return { status };
}

export type OfficerFilter = { q?: string; unitId?: string; status?: OfficerStatus };

export async function listOfficers(
  db: Db,
  filter: OfficerFilter,
  today: string,
  page: number,
  pageSize: number,
) {
  const where: Prisma.OfficerWhereInput = {
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: 'insensitive' } },
            { certificateNo: { contains: filter.q } },
          ],
        }
      : {}),
    ...statusWhere(filter.status, today),
  };
  const [items, total] = await Promise.all([
    db.officer.findMany({
      where,
      select: officerSelect,
      orderBy: [{ unit: { name: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.officer.count({ where }),
  ]);
  return { items, total };
}

export const findOfficer = async (db: Db, id: string) =>
  isUuid(id) ? db.officer.findUnique({ where: { id }, select: officerSelect }) : null;

/** The public lookup: by certificate number, or by exact name within a body. */
export function findOfficersForPublic(
  db: Db,
  by: { certificateNo: string } | { name: string; unitId: string },
) {
  return db.officer.findMany({
    where: 'certificateNo' in by ? { certificateNo: by.certificateNo } : { name: by.name, unitId: by.unitId },
    select: {
      name: true,
      unit: { select: { name: true } },
      certificateNo: true,
      fields: true,
      validFrom: true,
      validUntil: true,
      status: true,
    },
    orderBy: { certificateNo: 'asc' },
    take: 20,
  });
}

export const officerHistory = (db: Db, officerId: string) =>
  db.officerStatusChange.findMany({ where: { officerId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });

export const certificateNumbersTaken = async (db: Db, numbers: string[]) =>
  (
    await db.officer.findMany({ where: { certificateNo: { in: numbers } }, select: { certificateNo: true } })
  ).map((o) => o.certificateNo);

export const userNames = async (db: Db, ids: string[]) =>
  new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map(
      (u) => [u.id, u.displayName],
    ),
  );

export const unitsByName = async (db: Db) =>
  new Map((await db.unit.findMany({ select: { id: true, name: true } })).map((u) => [u.name, u.id]));

export const unitExists = async (db: Db, id: string) =>
  (await db.unit.findUnique({ where: { id }, select: { id: true } })) !== null;

// ── writes ────────────────────────────────────────────────────────────────────────────

export const insertOfficer = (db: Db, data: Prisma.OfficerUncheckedCreateInput) =>
  db.officer.create({ data, select: { id: true } });

export const insertOfficers = (db: Db, data: Prisma.OfficerCreateManyInput[]) =>
  db.officer.createMany({ data });

export const updateOfficer = (db: Db, id: string, data: Prisma.OfficerUncheckedUpdateInput) =>
  db.officer.update({ where: { id }, data, select: { id: true } });

export const storedStatusOf = async (db: Db, id: string) =>
  (await db.officer.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;

/** Sets the status only if it is still `from`; 0 means a concurrent decision came first. */
export async function setOfficerStatusIf(
  db: Db,
  id: string,
  from: OfficerStatusRow,
  to: OfficerStatusRow,
  at: Date,
) {
  const { count } = await db.officer.updateMany({
    where: { id, status: from },
    data: { status: to, updatedAt: at },
  });
  return count;
}

export const recordStatusChanges = (db: Db, data: Prisma.OfficerStatusChangeCreateManyInput[]) =>
  db.officerStatusChange.createMany({ data });
