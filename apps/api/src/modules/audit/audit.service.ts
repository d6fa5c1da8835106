import { type Actor, canVerifyChain, type TChainVerification, type TReporterAccessQuery } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forbidden, notFound } from '../../lib/http-errors.ts';
import { findVisibleCase } from '../case-store/visible-case.ts';
import { chainEvents, findCaseByNumber, findCaseHead, listReporterAccess } from './audit.repository.ts';
import { verifyCaseChain } from './verify-chain.ts';

// Audit views: the reporter-access log (who read whose identity, when, by which route) and one
// case's hash chain verified on demand, with the first broken link if there is one.

type Deps = { prisma: PrismaClient };

export function createAuditService({ prisma }: Deps) {
  async function verify(head: { id: string; number: string; version: number }): Promise<TChainVerification> {
    const events = await chainEvents(prisma, head.id);
    const broken = verifyCaseChain(head.id, head.version, events);
    return {
      caseId: head.id,
      caseNumber: head.number,
      version: head.version,
      eventsChecked: events.length,
      valid: broken === null,
      firstBroken: broken && { seq: broken.seq, reason: broken.reason },
    };
  }

  return {
    /** From the case history (staff, director): the case must be visible to them. */
    async verifyCase(caseId: string, actor: Actor) {
      await findVisibleCase(prisma, caseId, actor);
      if (!canVerifyChain(actor)) throw forbidden('无权核验办理记录 / you may not verify this history');
      const head = await findCaseHead(prisma, caseId);
      if (!head) throw notFound('未找到该案件 / case not found');
      return verify(head);
    },

    /** From the admin's audit page, by case number. */
    async verifyByNumber(caseNumber: string) {
      const head = await findCaseByNumber(prisma, caseNumber);
      if (!head) throw notFound('没有这个编号的案件 / no case with this number');
      return verify(head);
    },

    async reporterAccess(q: TReporterAccessQuery) {
      const { rows, total, numbers, users } = await listReporterAccess(prisma, q);
      const items = rows.map((r) => ({
        id: r.id.toString(),
        at: r.at.toISOString(),
        route: r.route,
        caseId: r.caseId,
        caseNumber: numbers.get(r.caseId) ?? null,
        user: users.get(r.userId) ?? null,
      }));
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
