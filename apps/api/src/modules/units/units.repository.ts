import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the enforcement units (执法单位).

export async function listUnits(db: PrismaClient) {
  return db.unit.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
