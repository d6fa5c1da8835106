import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the cases a user filed, newest first.

export async function listOwnReports(db: PrismaClient, userId: string, page: number, pageSize: number) {
  const where = { createdById: userId };
  const [rows, total] = await Promise.all([
    db.case.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        number: true,
        title: true,
        state: true,
        createdAt: true,
        unit: { select: { name: true } },
      },
    }),
    db.case.count({ where }),
  ]);
  return { rows, total };
}
