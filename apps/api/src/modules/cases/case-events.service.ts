import {
  type Actor,
  canSeeActorName,
  canSeeAttachment,
  documentStandings,
  issuesNotice,
  type TCaseDocument,
  type TCaseEvent,
  visibleHistory,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { attachmentFacts } from '../case-store/case-files.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { findVisibleCase } from '../case-store/visible-case.ts';
import {
  findAttachmentUploads,
  findDisplayNames,
  findEvents,
  findIssuedNotices,
} from './cases.repository.ts';

type Cited = { id?: unknown };
const citedIds = (data: unknown): string[] => {
  const list = (data as { attachments?: unknown } | null)?.attachments;
  return Array.isArray(list) ? list.flatMap((a: Cited) => (typeof a?.id === 'string' ? [a.id] : [])) : [];
};

/** A case's history as its reader may see it, oldest first, with who did what; and its documents. */
export function createCaseEventsService({ prisma }: { prisma: PrismaClient }) {
  return {
    /**
     * Every instrument issued on the case, oldest first, each with the due date it was issued
     * with and whether it stands (an earlier one replaced by the next is 已被替代).
     */
    async documents(caseId: string, actor: Actor): Promise<TCaseDocument[]> {
      const row = await findVisibleCase(prisma, caseId, actor);
      const [notices, events] = await Promise.all([
        findIssuedNotices(prisma, row.id),
        findEvents(prisma, row.id),
      ]);
      const issued = notices.map((n) => ({ ...n, issuedAt: n.issuedAt.toISOString() }));
      const standings = documentStandings(issued, snapshotOf(row));
      const dueAtOf = (number: string) => {
        const data = events.find(
          (e) => issuesNotice(e.action) && (e.data as { noticeNumber?: unknown })?.noticeNumber === number,
        )?.data as { dueAt?: unknown } | undefined;
        return typeof data?.dueAt === 'string' ? data.dueAt : null;
      };
      return issued.map((n) => ({
        ...n,
        dueAt: dueAtOf(n.number),
        standing: standings.get(n.number)?.standing ?? 'IN_FORCE',
        replacedBy: standings.get(n.number)?.replacedBy ?? null,
      }));
    },

    async list(caseId: string, actor: Actor): Promise<TCaseEvent[]> {
      const row = await findVisibleCase(prisma, caseId, actor);
      const visible = visibleHistory(await findEvents(prisma, row.id), actor);
      if (visible === null) throw forbidden('无权查看办理过程 / you may not read this history');
      const named = (e: (typeof visible)[number]) =>
        e.actorRole !== null && canSeeActorName(actor, e.actorRole);
      const names = await findDisplayNames(prisma, [
        ...new Set(visible.flatMap((e) => (e.actorId && named(e) ? [e.actorId] : []))),
      ]);
      // An event after the notice may cite a file from before it (a complaint letter naming the
      // reporter, say): a reader who may not see that file does not see its citation either.
      const files = await findAttachmentUploads(prisma, [
        ...new Set(visible.flatMap((e) => citedIds(e.data))),
      ]);
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
