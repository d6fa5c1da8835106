import type { PrismaClient } from '../../generated/prisma/client.ts';
import { listUnits } from './units.repository.ts';

/** The units for pickers and filters (any signed-in user; the public has its own list). */
export function createUnitsService({ prisma }: { prisma: PrismaClient }) {
  return {
    list: () => listUnits(prisma),
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
