import type { ActionResult, Actor } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { conflict } from '../../lib/http-errors.ts';
import { recordCaseChanges } from './case-changes.ts';
import { appendEvent } from './case-history.ts';
import { type CaseRow, columnsOf } from './case-record.ts';
import { findCase, updateCaseIfVersion } from './case-store.repository.ts';
import { writeDerivedRows } from './derived-rows.ts';
import type { DrawnNumber } from './document-numbers.ts';

type Commit = {
  current: CaseRow;
  /** The head of the history read with the case (the new event links to it). */
  head: { seq: number; hash: string } | null;
  result: Extract<ActionResult, { ok: true }>;
  actor: Actor;
  drawn: DrawnNumber | null;
  now: Date;
};

/**
 * Persists an applied action: the case only if its version is unchanged (zero rows means
 * someone else won: 409, and the transaction rolls back), the derived rows, the event, and who
 * is told of it (notifications, and the live announcement sent on commit).
 */
export async function commitTransition(tx: Prisma.TransactionClient, c: Commit): Promise<CaseRow> {
  const { current, result } = c;
  const columns = columnsOf(result.next, c.now);
  if ((await updateCaseIfVersion(tx, current.id, current.version, columns)) === 0) throw conflict();
  await writeDerivedRows(tx, result.derived, { caseId: current.id, actor: c.actor, drawn: c.drawn });
  await appendEvent(tx, current.id, result.next.version, result.event, c.head);
  await recordCaseChanges(tx, [
    {
      caseId: current.id,
      action: result.event.action,
      fromState: result.event.fromState,
      after: result.next,
      actor: c.actor,
      at: c.now,
    },
  ]);
  // A row that rewrote the case's own columns (amend_case) or its 承办人 (whose name the view
  // shows): read the case back as it now is.
  const assigneeBefore = (current.workflow as { assigneeId?: string | null } | null)?.assigneeId ?? null;
  if (result.derived.some((d) => d.kind === 'caseFields') || columns.assigneeId !== assigneeBefore)
    return (await findCase(tx, current.id))!;
  return { ...current, ...columns, workflow: result.next.workflow } as CaseRow;
}
