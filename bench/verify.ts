import { eventHash, GENESIS_HASH } from '../apps/api/src/lib/hash-chain.ts';
import { ZWorkflowFacts } from '../packages/domain/src/index.ts';

// Checks that loaded (and swept) rows are what the API itself would have written: every
// event's hash recomputes, links to the one before, seq runs 1..version, and the workflow JSON
// parses as the domain's facts.

export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

type EventRow = {
  case_id: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: string | null;
  actor_role: string | null;
  at: Date;
  data: unknown;
  prev_hash: string;
  hash: string;
};

/** Problems found in the given cases' histories (empty = all good). */
export async function verifyChains(query: Query, caseIds: string[]): Promise<string[]> {
  const problems: string[] = [];
  const cases = await query<{ id: string; version: number; workflow: unknown; state: string }>(
    `SELECT id::text AS id, version, workflow, state::text AS state FROM cases WHERE id = ANY($1::uuid[])`,
    [caseIds],
  );
  const events = await query<EventRow>(
    `SELECT case_id::text AS case_id, seq, action, from_state::text AS from_state, to_state::text AS to_state,
            actor_id::text AS actor_id, actor_role::text AS actor_role, at, data, prev_hash, hash
       FROM case_events WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, seq`,
    [caseIds],
  );
  const byCase = new Map<string, EventRow[]>();
  for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
  for (const c of cases) {
    const history = byCase.get(c.id) ?? [];
    if (!ZWorkflowFacts.safeParse(c.workflow).success) problems.push(`${c.id}: workflow does not parse`);
    if (history.length !== c.version)
      problems.push(`${c.id}: ${history.length} events, version ${c.version}`);
    if (history.at(-1)?.to_state !== c.state) problems.push(`${c.id}: last event does not end in ${c.state}`);
    let prev = GENESIS_HASH;
    history.forEach((e, i) => {
      const actor = e.actor_id ? { id: e.actor_id, role: e.actor_role! } : { system: true as const };
      const hash = eventHash(prev, {
        caseId: e.case_id,
        seq: e.seq,
        action: e.action,
        fromState: e.from_state,
        toState: e.to_state,
        actor,
        at: new Date(e.at).toISOString(),
        data: e.data,
      });
      if (e.seq !== i + 1) problems.push(`${c.id}: seq ${e.seq} at position ${i + 1}`);
      if (e.prev_hash !== prev || e.hash !== hash)
        problems.push(`${c.id}: hash chain broken at seq ${e.seq}`);
      prev = e.hash;
    });
  }
  if (cases.length !== caseIds.length) problems.push(`${caseIds.length - cases.length} cases missing`);
  return problems;
}

/** Random case ids (TABLESAMPLE-free so PGlite and PostgreSQL answer alike). */
export async function sampleIds(query: Query, n: number, where = 'true'): Promise<string[]> {
  const rows = await query<{ id: string }>(
    `SELECT id::text AS id FROM cases WHERE ${where} ORDER BY md5(id::text || $1) LIMIT $2`,
    [String(Math.random()), n],
  );
  return rows.map((r) => r.id);
}
