import type { TAdminUnit, TUnitListQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: how units (执法单位) are listed, found and written. No rules live here.

type Db = Prisma.TransactionClient | PrismaClient;

export const unitSelect = { id: true, name: true, creditCode: true, active: true } as const;

export async function listUnits(db: Db, query: TUnitListQuery) {
  const where: Prisma.UnitWhereInput = {
    ...(query.active === undefined ? {} : { active: query.active }),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: 'insensitive' } },
            { creditCode: { contains: query.q.toUpperCase() } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.unit.findMany({
      where,
      select: unitSelect,
      orderBy: [{ active: 'desc' }, { name: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.unit.count({ where }),
  ]);
  return { items, total };
}

export async function findUnitById(db: Db, id: string): Promise<TAdminUnit | null> {
  if (!isUuid(id)) return null;
  return db.unit.findUnique({ where: { id }, select: unitSelect });
}

/** Which of `name` and `creditCode` another unit already has. */
export async function findUnitClashes(
  db: Db,
  probe: { name?: string; creditCode?: string | null; exceptId?: string },
): Promise<{ name: boolean; creditCode: boolean }> {
  const or: Prisma.UnitWhereInput[] = [];
  if (probe.name !== undefined) or.push({ name: probe.name });
  if (probe.creditCode) or.push({ creditCode: probe.creditCode });
  if (or.length === 0) return { name: false, creditCode: false };
  const rows = await db.unit.findMany({
    where: { OR: or, ...(probe.exceptId ? { id: { not: probe.exceptId } } : {}) },
    select: { name: true, creditCode: true },
  });
  return {
    name: rows.some((r) => r.name === probe.name),
    creditCode: rows.some((r) => probe.creditCode != null && r.creditCode === probe.creditCode),
  };
}

/** Units whose name or credit code is one of `keys` (an import's references). */
export function findUnitsByKeys(db: Db, keys: string[]) {
  return db.unit.findMany({
    where: { OR: [{ name: { in: keys } }, { creditCode: { in: keys } }] },
    select: unitSelect,
  });
}

export function insertUnit(db: Db, data: { name: string; creditCode: string | null; active: boolean }) {
  return db.unit.create({ data, select: unitSelect });
}

export function updateUnit(
  db: Db,
  id: string,
  data: { name?: string; creditCode?: string | null; active?: boolean },
) {
  return db.unit.update({ where: { id }, data, select: unitSelect });
}

/** The pickers' list: every unit (or only active ones), by name. */
export function unitOptions(db: Db, activeOnly: boolean) {
  return db.unit.findMany({
    where: activeOnly ? { active: true } : {},
    select: { id: true, name: true, active: true },
    orderBy: { name: 'asc' },
  });
}

/** The active unit of exactly this name (a public report's typed name), or null. */
export async function findActiveUnitByName(db: Db, name: string) {
  return db.unit.findFirst({ where: { name, active: true }, select: { id: true } });
}
