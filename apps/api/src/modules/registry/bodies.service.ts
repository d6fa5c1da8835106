import type { TRegistryBody, TRegistryBodyUpdate } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { notFound } from '../../lib/http-errors.ts';
import { type BodyRow, findBody, listBodies, upsertBody } from './bodies.repository.ts';

// 执法主体: every unit is a body; the registry adds its 职权依据 and 执法领域.

type Deps = { prisma: PrismaClient; clock: Clock };

const toView = (row: BodyRow): TRegistryBody => ({
  unitId: row.id,
  unitName: row.name,
  legalBasis: row.registryBody?.legalBasis ?? '',
  fields: row.registryBody?.fields ?? [],
  officerCount: row._count.officers,
  updatedAt: row.registryBody?.updatedAt.toISOString() ?? null,
});

export function createBodiesService({ prisma, clock }: Deps) {
  return {
    async list(): Promise<TRegistryBody[]> {
      return (await listBodies(prisma)).map(toView);
    },

    async update(unitId: string, body: TRegistryBodyUpdate): Promise<TRegistryBody> {
      if (!(await findBody(prisma, unitId))) throw notFound('未找到该执法主体 / body not found');
      await upsertBody(prisma, unitId, {
        legalBasis: body.legalBasis,
        fields: body.fields,
        updatedAt: clock.now(),
      });
      return toView((await findBody(prisma, unitId))!);
    },
  };
}

export type BodiesService = ReturnType<typeof createBodiesService>;
