import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the registry's facts about each enforcement body (a unit).

type Db = Prisma.TransactionClient | PrismaClient;

export const listBodies = (db: Db) =>
  db.unit.findMany({
    select: {
      id: true,
      name: true,
      registryBody: { select: { legalBasis: true, fields: true, updatedAt: true } },
      _count: { select: { officers: true } },
    },
    orderBy: { name: 'asc' },
  });
export type BodyRow = Awaited<ReturnType<typeof listBodies>>[number];

export const findBody = (db: Db, unitId: string) =>
  db.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      registryBody: { select: { legalBasis: true, fields: true, updatedAt: true } },
      _count: { select: { officers: true } },
    },
  });

export const upsertBody = (
  db: Db,
  unitId: string,
  data: { legalBasis: string; fields: string[]; updatedAt: Date },
) => db.registryBody.upsert({ where: { unitId }, create: { unitId, ...data }, update: data });
