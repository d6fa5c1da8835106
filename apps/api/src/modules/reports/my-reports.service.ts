import {
  type Actor,
  ownReportsOf,
  PUBLIC_STATUS_OF,
  type TPageQuery,
  unitDisplayName,
  zhCN,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { feedbackOf } from '../public/feedback.ts';
import { listOwnReports } from './my-reports.repository.ts';

// 我的报送: a special supervisor follows the status and feedback of their own reports, seeing
// what the public tracking page shows and no more.

export function createMyReportsService({ prisma }: { prisma: PrismaClient }) {
  return {
    async list({ page, pageSize }: TPageQuery, actor: Actor) {
      const userId = ownReportsOf(actor);
      if (!userId) throw forbidden('仅特邀监督员可用 / for special supervisors');
      const { rows, total } = await listOwnReports(prisma, userId, page, pageSize);
      const feedback = await feedbackOf(
        prisma,
        rows.map((r) => r.id),
      );
      const items = rows.map((r) => {
        const statusCode = PUBLIC_STATUS_OF[r.state];
        return {
          id: r.id,
          number: r.number,
          title: r.title,
          unitName: unitDisplayName(r.unit?.name ?? null, null),
          createdAt: r.createdAt.toISOString(),
          status: zhCN.publicStatuses[statusCode],
          statusCode,
          feedback: feedback.get(r.id) ?? [],
        };
      });
      return { items, total, page, pageSize };
    },
  };
}

export type MyReportsService = ReturnType<typeof createMyReportsService>;
