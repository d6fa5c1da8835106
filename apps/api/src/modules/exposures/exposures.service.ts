import { type TPage, type TPageQuery, type TPublicExposure, unitDisplayName } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { listPublicCirculars } from './exposures.repository.ts';

// 曝光台 (product.md: the public reads it; the director chooses what goes on it by issuing a
// PUBLIC 通报). Anyone, no login.

export function createExposuresService({ prisma }: { prisma: PrismaClient }) {
  return {
    async list({ page, pageSize }: TPageQuery): Promise<TPage<TPublicExposure>> {
      const { rows, total } = await listPublicCirculars(prisma, (page - 1) * pageSize, pageSize);
      return {
        items: rows.map((r) => ({
          id: r.id,
          issuedAt: r.issuedAt.toISOString(),
          unitName: unitDisplayName(r.case.unit?.name ?? null, null),
          caseNumber: r.case.number,
          text: r.text,
        })),
        total,
        page,
        pageSize,
      };
    },
  };
}
export type ExposuresService = ReturnType<typeof createExposuresService>;
