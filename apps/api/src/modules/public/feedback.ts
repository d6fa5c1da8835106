import { FEEDBACK_ACTIONS } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/** The feedback texts written to whoever reported a case (反馈), oldest first. */
export async function feedbackOf(prisma: PrismaClient, caseIds: string[]) {
  const rows = await prisma.caseEvent.findMany({
    where: { caseId: { in: caseIds }, action: { in: FEEDBACK_ACTIONS } },
    orderBy: [{ caseId: 'asc' }, { seq: 'asc' }],
    select: { caseId: true, at: true, data: true },
  });
  const byCase = new Map<string, { at: string; text: string }[]>(caseIds.map((id) => [id, []]));
  for (const r of rows) {
    const text = (r.data as { feedback?: unknown }).feedback;
    if (typeof text === 'string') byCase.get(r.caseId)?.push({ at: r.at.toISOString(), text });
  }
  return byCase;
}
