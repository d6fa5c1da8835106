import type { TBenchmarkInput, TBenchmarkQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the 裁量基准 library.

type Db = Prisma.TransactionClient | PrismaClient;

export const benchmarkSelect = {
  id: true,
  unitId: true,
  unit: { select: { name: true } },
  field: true,
  violation: true,
  legalBasis: true,
  ranges: true,
  updatedAt: true,
} satisfies Prisma.DiscretionBenchmarkSelect;
export type BenchmarkRow = Prisma.DiscretionBenchmarkGetPayload<{ select: typeof benchmarkSelect }>;

export async function searchBenchmarks(db: Db, query: TBenchmarkQuery) {
  const words = (query.q ?? '').split(/\s+/).filter((w) => w !== '');
  const where: Prisma.DiscretionBenchmarkWhereInput = {
    // A body's own benchmarks and the general ones (no body).
    ...(query.unitId ? { OR: [{ unitId: query.unitId }, { unitId: null }] } : {}),
    ...(query.field ? { field: query.field } : {}),
    AND: words.map((w) => ({
      OR: [
        { violation: { contains: w, mode: 'insensitive' as const } },
        { legalBasis: { contains: w, mode: 'insensitive' as const } },
        { field: { contains: w, mode: 'insensitive' as const } },
      ],
    })),
  };
  const [items, total] = await Promise.all([
    db.discretionBenchmark.findMany({
      where,
      select: benchmarkSelect,
      orderBy: [{ field: 'asc' }, { violation: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.discretionBenchmark.count({ where }),
  ]);
  return { items, total };
}

export const createBenchmark = (db: Db, input: TBenchmarkInput, now: Date) =>
  db.discretionBenchmark.create({
    data: { ...input, createdAt: now, updatedAt: now },
    select: benchmarkSelect,
  });

export async function updateBenchmark(db: Db, id: string, input: TBenchmarkInput, now: Date) {
  const { count } = await db.discretionBenchmark.updateMany({
    where: { id },
    data: { ...input, updatedAt: now },
  });
  return count === 0 ? null : db.discretionBenchmark.findUnique({ where: { id }, select: benchmarkSelect });
}
