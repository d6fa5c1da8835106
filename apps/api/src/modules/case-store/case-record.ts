import { type CaseSnapshot, indexedFacts, ZWorkflowFacts } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';

// A case as the database holds it, and the conversions to and from the domain's snapshot.

export const caseSelect = {
  id: true,
  number: true,
  title: true,
  description: true,
  source: true,
  state: true,
  outcome: true,
  unitId: true,
  reportedUnitName: true,
  version: true,
  occurredAt: true,
  createdById: true,
  workflow: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true } },
  assignee: { select: { displayName: true } },
} as const satisfies Prisma.CaseSelect;

export type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;

export function snapshotOf(
  row: Pick<CaseRow, 'state' | 'outcome' | 'version' | 'unitId' | 'createdById' | 'workflow'>,
): CaseSnapshot {
  return {
    state: row.state,
    outcome: row.outcome,
    version: row.version,
    unitId: row.unitId,
    createdById: row.createdById,
    workflow: ZWorkflowFacts.parse(row.workflow ?? {}),
  };
}

/** The columns a transition writes: the snapshot itself plus the facts lists filter on. */
export function columnsOf(snap: CaseSnapshot, now: Date) {
  return {
    state: snap.state,
    outcome: snap.outcome,
    version: snap.version,
    workflow: snap.workflow as Prisma.InputJsonValue,
    ...indexedFacts(snap),
    updatedAt: now,
  };
}

export type CaseColumns = ReturnType<typeof columnsOf>;

/** What `q` searches (case_search.text): written at registration and on each amend_case. */
export const searchText = (c: { title: string; number: string; description: string }) =>
  [c.title, c.number, c.description].join('\u001f');
