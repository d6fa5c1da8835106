import { DISMISS_REASON_CODES, type DismissReasonCode, FEEDBACK_ACTIONS, TERMINAL_STATE } from '@sp/domain';
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

/** The coded ground of a case's 不予受理 (its dismiss event's reasonCode), or null. */
export async function dismissReasonOf(
  prisma: PrismaClient,
  caseId: string,
): Promise<DismissReasonCode | null> {
  const row = await prisma.caseEvent.findFirst({
    where: { caseId, action: 'dismiss' },
    orderBy: { seq: 'desc' },
    select: { data: true },
  });
  const code = (row?.data as { reasonCode?: unknown } | undefined)?.reasonCode;
  return (DISMISS_REASON_CODES as readonly unknown[]).includes(code) ? (code as DismissReasonCode) : null;
}

/** When a case last entered its terminal state (the date its outcome was reached), or null. */
export async function closedAtOf(prisma: PrismaClient, caseId: string): Promise<Date | null> {
  const row = await prisma.caseEvent.findFirst({
    where: { caseId, toState: TERMINAL_STATE },
    orderBy: { seq: 'desc' },
    select: { at: true },
  });
  return row?.at ?? null;
}
