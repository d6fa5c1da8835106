import { type Actor, canSeeAttachment, canSeeReporter, type TCaseEvent, visibleHistory } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { attachmentFacts } from '../attachments/attachments.repository.ts';
import { snapshotOf } from './case-record.ts';
import type { CasesService } from './cases.service.ts';

type Cited = { id?: unknown };
const citedIds = (data: unknown): string[] => {
  const list = (data as { attachments?: unknown } | null)?.attachments;
  return Array.isArray(list) ? list.flatMap((a: Cited) => (typeof a?.id === 'string' ? [a.id] : [])) : [];
};

type Deps = { prisma: PrismaClient; cases: Pick<CasesService, 'findVisible'> };

/** A case's history as its reader may see it, oldest first, with who did what. */
export function createCaseEventsService({ prisma, cases }: Deps) {
  return {
    async list(caseId: string, actor: Actor): Promise<TCaseEvent[]> {
      const row = await cases.findVisible(caseId, actor);
      const rows = await prisma.caseEvent.findMany({ where: { caseId: row.id }, orderBy: { seq: 'asc' } });
      const visible = visibleHistory(rows, actor);
      if (visible === null) throw forbidden('无权查看办理过程 / you may not read this history');
      // A special supervisor acts only by reporting: their name is the reporter's identity, which
      // only the center may read (保护举报人). Discipline reads the whole history, so leave it out.
      const named = (e: (typeof visible)[number]) => canSeeReporter(actor) || e.actorRole !== 'SUPERVISOR';
      const actorIds = [...new Set(visible.flatMap((e) => (e.actorId && named(e) ? [e.actorId] : [])))];
      const users = await prisma.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, displayName: true },
      });
      const names = new Map(users.map((u) => [u.id, u.displayName]));
      // An event after the notice may cite a file from before it (a complaint letter naming the
      // reporter, say): a reader who may not see that file does not see its citation either.
      const cited = [...new Set(visible.flatMap((e) => citedIds(e.data)))];
      const files = cited.length
        ? await prisma.attachment.findMany({
            where: { id: { in: cited } },
            select: { id: true, uploadedAt: true, uploadedById: true },
          })
        : [];
      const snap = snapshotOf(row);
      const hidden = new Set(
        (await attachmentFacts(prisma, files))
          .filter((f) => !canSeeAttachment(snap, actor, f))
          .map((f) => f.id),
      );
      const redact = (data: Record<string, unknown>) =>
        hidden.size > 0 && Array.isArray(data.attachments)
          ? { ...data, attachments: data.attachments.filter((a: Cited) => !hidden.has(a?.id as string)) }
          : data;
      return visible.map((e) => ({
        seq: e.seq,
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        actor:
          e.actorId && e.actorRole
            ? {
                id: e.actorId,
                role: e.actorRole,
                ...(named(e) ? { displayName: names.get(e.actorId) ?? '' } : {}),
              }
            : { system: true as const },
        at: e.at.toISOString(),
        data: redact(e.data as Record<string, unknown>),
        prevHash: e.prevHash,
        hash: e.hash,
      }));
    },
  };
}

export type CaseEventsService = ReturnType<typeof createCaseEventsService>;
