import { type TBenchmark, type TBenchmarkInput, type TBenchmarkQuery, ZBenchmarkRange } from '@sp/domain';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { notFound, unprocessable } from '../../lib/http-errors.ts';
import { isUuid } from '../case-store/case-store.repository.ts';
import {
  type BenchmarkRow,
  createBenchmark,
  searchBenchmarks,
  updateBenchmark,
} from './benchmarks.repository.ts';
import { unitExists } from './officers.repository.ts';

// 裁量基准: the admin keeps the library; the center searches it (the notice form will cite it).

type Deps = { prisma: PrismaClient; clock: Clock };

const toView = (row: BenchmarkRow): TBenchmark => ({
  id: row.id,
  unitId: row.unitId,
  unitName: row.unit?.name ?? null,
  field: row.field,
  violation: row.violation,
  legalBasis: row.legalBasis,
  ranges: z.array(ZBenchmarkRange).parse(row.ranges),
  updatedAt: row.updatedAt.toISOString(),
});

export function createBenchmarksService({ prisma, clock }: Deps) {
  async function checkUnit(input: TBenchmarkInput) {
    if (input.unitId && !(await unitExists(prisma, input.unitId)))
      throw unprocessable('所选执法主体不存在 / unknown body', [
        { path: 'unitId', message: '执法主体不存在 / unknown body' },
      ]);
  }

  return {
    async search(query: TBenchmarkQuery) {
      const { items, total } = await searchBenchmarks(prisma, query);
      return { items: items.map(toView), total, page: query.page, pageSize: query.pageSize };
    },

    async create(input: TBenchmarkInput): Promise<TBenchmark> {
      await checkUnit(input);
      return toView(await createBenchmark(prisma, input, clock.now()));
    },

    async update(id: string, input: TBenchmarkInput): Promise<TBenchmark> {
      await checkUnit(input);
      const row = isUuid(id) ? await updateBenchmark(prisma, id, input, clock.now()) : null;
      if (!row) throw notFound('未找到该裁量基准 / benchmark not found');
      return toView(row);
    },
  };
}

export type BenchmarksService = ReturnType<typeof createBenchmarksService>;
