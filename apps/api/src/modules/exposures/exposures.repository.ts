import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the public 通报 of the 曝光台, newest first. Selects the unit's name, the case's
// number and the circular's text — never the case's description or its reporter.

export async function listPublicCirculars(prisma: PrismaClient, skip: number, take: number) {
  const where = { scope: 'PUBLIC' } as const;
  const [rows, total] = await Promise.all([
    prisma.caseCircular.findMany({
      where,
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      skip,
      take,
      select: {
        id: true,
        issuedAt: true,
        text: true,
        case: { select: { number: true, unit: { select: { name: true } } } },
      },
    }),
    prisma.caseCircular.count({ where }),
  ]);
  return { rows, total };
}
