import type { CaseFields, FoundUnit, FoundUser } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { type CaseColumns, type CaseRow, caseSelect, searchText } from './case-record.ts';
import type { StoredEvent } from './event-chain.ts';

// Prisma only: how the case store reads and writes the cases, their history and counters.
// No rules live here.

export type Db = Prisma.TransactionClient | PrismaClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  if (!isUuid(id)) return null;
  return db.case.findUnique({ where: { id }, select: caseSelect });
}

/** findCase plus the head of the case's history (seq and hash of its last event), in one query. */
export async function findCaseWithHead(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const found = await db.case.findUnique({
    where: { id },
    select: {
      ...caseSelect,
      events: { select: { seq: true, hash: true }, orderBy: { seq: 'desc' }, take: 1 },
    },
  });
  if (!found) return null;
  const { events, ...row } = found;
  return { row: row as CaseRow, head: events[0] ?? null };
}

/** New values of a case's registered particulars (amend_case), and its search text with them. */
export async function updateCaseFields(db: Db, id: string, fields: Partial<CaseFields>): Promise<void> {
  const { occurredAt, ...rest } = fields;
  const row = await db.case.update({
    where: { id },
    data: {
      ...rest,
      ...(occurredAt !== undefined ? { occurredAt: occurredAt ? new Date(occurredAt) : null } : {}),
    },
    select: { title: true, number: true, description: true },
  });
  await db.caseSearch.update({ where: { caseId: id }, data: { text: searchText(row) } });
}

/** The registered particulars of a case as the domain compares them (amend_case). */
export async function findCaseFields(db: Db, id: string): Promise<CaseFields | undefined> {
  const row = await db.case.findUnique({
    where: { id },
    select: {
      unitId: true,
      title: true,
      description: true,
      occurredAt: true,
      source: true,
      reportedUnitName: true,
    },
  });
  return row ? { ...row, occurredAt: row.occurredAt?.toISOString() ?? null } : undefined;
}

/** Whether a unit exists and takes cases (a payload's unitId). */
export async function findUnitFound(db: Db, id: string): Promise<FoundUnit> {
  if (!isUuid(id)) return null;
  return db.unit.findUnique({ where: { id }, select: { id: true, active: true } });
}

/** The user a payload names (assigneeId): role and whether active. */
export async function findUserFound(db: Db, id: string): Promise<FoundUser> {
  if (!isUuid(id)) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, role: true, active: true } });
}

/** Writes a transition only if nobody else did first; 0 means a concurrent change won. */
export async function updateCaseIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  columns: CaseColumns,
): Promise<number> {
  const { count } = await db.case.updateMany({ where: { id, version: expectedVersion }, data: columns });
  return count;
}

/** Each column a transition writes (case-record.ts columnsOf), as SQL names it and casts it. */
const COLUMN_SQL = {
  state: ['state', '"CaseState"'],
  outcome: ['outcome', '"CaseOutcome"'],
  version: ['version', 'int'],
  workflow: ['workflow', 'jsonb'],
  dueAt: ['due_at', 'timestamptz'],
  dueSoonAt: ['due_soon_at', 'timestamptz'],
  noticeIssued: ['notice_issued', 'boolean'],
  referred: ['referred', 'boolean'],
  unitInvolved: ['unit_involved', 'boolean'],
  extensionPending: ['extension_pending', 'boolean'],
  assigneeId: ['assignee_id', 'uuid'],
  updatedAt: ['updated_at', 'timestamptz'],
} as const satisfies Record<keyof CaseColumns, readonly [string, string]>;
const COLUMN_KEYS = Object.keys(COLUMN_SQL) as (keyof CaseColumns)[];

/** A value as text for an unnest() parameter (cast back to its type in SQL); null stays null. */
const asText = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString()
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/**
 * updateCaseIfVersion for many cases in one statement; returns how many were written. Every
 * column of columnsOf() is listed in COLUMN_SQL (a missing one is a type error).
 */
export async function updateCasesIfVersion(
  db: Db,
  updates: { id: string; expectedVersion: number; columns: CaseColumns }[],
): Promise<number> {
  if (updates.length === 0) return 0;
  const set = COLUMN_KEYS.map((k, i) => `${COLUMN_SQL[k][0]} = v.c${i}::${COLUMN_SQL[k][1]}`).join(', ');
  const params = COLUMN_KEYS.map((_, i) => `$${i + 3}::text[]`).join(', ');
  const names = COLUMN_KEYS.map((_, i) => `c${i}`).join(', ');
  return db.$executeRawUnsafe(
    `UPDATE cases AS c SET ${set}
       FROM unnest($1::uuid[], $2::int[], ${params}) AS v(id, expected_version, ${names})
      WHERE c.id = v.id AND c.version = v.expected_version`,
    updates.map((u) => u.id),
    updates.map((u) => u.expectedVersion),
    ...COLUMN_KEYS.map((k) => updates.map((u) => asText(u.columns[k]))),
  );
}

/** Appends history rows built by event-chain.ts (several cases at once). */
export async function insertEvents(db: Db, rows: StoredEvent[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof StoredEvent>(k: K) => rows.map((r) => asText(r[k]));
  await db.$executeRawUnsafe(
    `INSERT INTO case_events
            (case_id, seq, action, from_state, to_state, actor_id, actor_role, at, data, prev_hash, hash)
     SELECT v.case_id, v.seq, v.action, v.from_state::"CaseState", v.to_state::"CaseState", v.actor_id,
            v.actor_role::"Role", v.at::timestamptz, v.data::jsonb, v.prev_hash, v.hash
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[])
         AS v(case_id, seq, action, from_state, to_state, actor_id, actor_role, at, data, prev_hash, hash)`,
    column('caseId'),
    rows.map((r) => r.seq),
    column('action'),
    column('fromState'),
    column('toState'),
    column('actorId'),
    column('actorRole'),
    column('at'),
    column('data'),
    column('prevHash'),
    column('hash'),
  );
}

/** Next value of a gap-free counter; the row lock is held until the transaction ends. */
export async function nextCounterValue(db: Db, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO counters (key, last) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET last = counters.last + 1
    RETURNING last`;
  return Number(rows[0]!.last);
}
