import { type Actor, type TCaseEvent, visibleHistory } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import type { CasesService } from './cases.service.ts';

type Deps = { prisma: PrismaClient; cases: Pick<CasesService, 'findVisible'> };

/** A case's history as its reader may see it, oldest first, with who did what. */
export function createCaseEventsService({ prisma, cases }: Deps) {
  return {
    async list(caseId: string, actor: Actor): Promise<TCaseEvent[]> {
      const row = await cases.findVisible(caseId, actor);
      const rows = await prisma.caseEvent.findMany({ where: { caseId: row.id }, orderBy: { seq: 'asc' } });
      const visible = visibleHistory(rows, actor);
      if (visible === null) throw forbidden('无权查看办理过程 / you may not read this history');
      const actorIds = [...new Set(visible.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
      const users = await prisma.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, displayName: true },
      });
      const names = new Map(users.map((u) => [u.id, u.displayName]));
      return visible.map((e) => ({
        seq: e.seq,
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        actor:
          e.actorId && e.actorRole
            ? { id: e.actorId, role: e.actorRole, displayName: names.get(e.actorId) ?? '' }
            : { system: true as const },
        at: e.at.toISOString(),
        data: e.data as Record<string, unknown>,
        prevHash: e.prevHash,
        hash: e.hash,
      }));
    },
  };
}

export type CaseEventsService = ReturnType<typeof createCaseEventsService>;
