import { TEXT } from './dataset.ts';
import { atOf, caseNumber, iso, noticeNumber, q, title } from './load-sql.ts';

// The events: one INSERT … SELECT per seq, each hash-chained onto the step before, with the
// exact canonical JSON (RFC 8785: keys sorted, no spaces) that lib/hash-chain.ts hashes.

/** The data each action records, as canonical JSON text (keys sorted, no spaces). */
function dataExpr(): string {
  const str = (v: string) => `"${v}"`;
  const obj = (pairs: [string, string][]) => `'{${pairs.map(([k, v]) => `"${k}":${v}`).join(',')}}'`;
  const t = TEXT;
  const arms: Record<string, string> = {
    register: `'{"channel":"STAFF","number":"' || ${caseNumber} || '","source":"' || p.source || '","title":"' || ${title} || '","unitId":"' || p.unit_id || '"}'`,
    add_evidence: obj([
      ['attachments', '[]'],
      ['note', str(t.note)],
    ]),
    draft_notice: obj([
      ['deadlineWorkingDays', '15'],
      ['findings', str(t.findings)],
      ['legalBasis', str(t.legalBasis)],
      ['requiredRectification', str(t.rectification)],
    ]),
    approve_notice: `'{"dueAt":"' || ${iso('p.due_at')} || '","issuedAt":"' || ${iso('p.issued_at')} || '","noticeNumber":"' || ${noticeNumber} || '"}'`,
    submit_rectification: obj([
      ['attachments', '[]'],
      ['report', str(t.report)],
    ]),
    object: obj([
      ['attachments', '[]'],
      ['grounds', str(t.grounds)],
    ]),
    accept_rectification: obj([['feedback', str(t.feedback)]]),
    dismiss: obj([
      ['feedback', str(t.feedback)],
      ['reason', str(t.reason)],
    ]),
    transfer_out: obj([
      ['feedback', str(t.feedback)],
      ['reason', str(t.reason)],
      ['targetOrgan', str(t.targetOrgan)],
    ]),
    conclude_no_violation: obj([
      ['feedback', str(t.feedback)],
      ['findings', str(t.findings)],
    ]),
    uphold_objection: obj([
      ['feedback', str(t.feedback)],
      ['findings', str(t.findings)],
    ]),
    refer_overdue: `'{"dueAt":"' || ${iso('p.due_at')} || '","reason":"NO_REPLY"}'`,
    record_disposition: obj([
      ['decision', str(t.decision)],
      ['disposition', str(t.disposition)],
      ['feedback', str(t.feedback)],
    ]),
  };
  return `CASE t.action ${Object.entries(arms)
    .map(([a, e]) => `WHEN '${a}' THEN ${e}`)
    .join(' ')} ELSE '{}' END`;
}

const ACTORS: Record<string, [string, string | null]> = {
  staff: ['p.staff_id', 'CENTER_STAFF'],
  director: ['p.director_id', 'CENTER_DIRECTOR'],
  leader: ['p.leader_id', 'UNIT_LEADER'],
  handler: ['p.handler_id', 'UNIT_HANDLER'],
  discipline: ['p.discipline_id', 'DISCIPLINE'],
  system: ['NULL::uuid', null],
};

/** Event `seq` of every case that has one, hash-chained onto bench_prev (the previous step). */
export function eventStepSql(seq: number): string[] {
  const actorId = `CASE t.actor ${Object.entries(ACTORS)
    .map(([k, [id]]) => `WHEN '${k}' THEN ${id}`)
    .join(' ')} END`;
  const role = `CASE t.actor ${Object.entries(ACTORS)
    .map(([k, [, r]]) => `WHEN '${k}' THEN ${q(r)}`)
    .join(' ')} END`;
  const canon = `'{"action":"' || x.action || '","actor":' || (CASE WHEN x.actor_id IS NULL THEN '{"system":true}'
      ELSE '{"id":"' || x.actor_id || '","role":"' || x.actor_role || '"}' END) || ',"at":"' || ${iso('x.at')} ||
      '","caseId":"' || x.case_id || '","data":' || x.data || ',"fromState":' || COALESCE('"' || x.from_state || '"', 'null') ||
      ',"seq":${seq},"toState":"' || x.to_state || '"}'`;
  return [
    `CREATE UNLOGGED TABLE bench_step AS
     SELECT x.*, encode(sha256(convert_to(x.prev_hash || E'\\n' || ${canon}, 'UTF8')), 'hex') AS hash FROM (
       SELECT p.id AS case_id, t.action, t.from_state, t.to_state, ${actorId} AS actor_id, ${role} AS actor_role,
              ${atOf('t.seq', 't.after_due')} AS at, ${dataExpr()} AS data,
              ${seq === 1 ? `repeat('0', 64)` : 'h.hash'} AS prev_hash
         FROM bench_plan p JOIN bench_paths t ON t.tpl = p.tpl AND t.k = p.k AND t.seq = ${seq}
         ${seq === 1 ? '' : 'JOIN bench_prev h ON h.case_id = p.id'}) AS x`,
    `INSERT INTO case_events (case_id, seq, action, from_state, to_state, actor_id, actor_role, at, data, prev_hash, hash)
     SELECT case_id, ${seq}, action, from_state::"CaseState", to_state::"CaseState", actor_id, actor_role::"Role", at,
            data::jsonb, prev_hash, hash FROM bench_step`,
    `DROP TABLE IF EXISTS bench_prev`,
    `ALTER TABLE bench_step RENAME TO bench_prev`,
  ];
}
