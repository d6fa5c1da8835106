import {
  DIRECTORS,
  MAX_EVIDENCE,
  type PathRow,
  STAFF,
  TEMPLATES,
  TEXT,
  type TemplateInfo,
  UNITS,
} from './dataset.ts';

// The loader's SQL, generated once and run the same on PostgreSQL and on PGlite. Rows are
// built inside the database (generate_series, INSERT … SELECT); helper tables are bench_*.

export const q = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
const arr = (xs: string[]) => `(ARRAY[${xs.map(q).join(',')}])`;
/** JavaScript's toISOString() of a timestamptz expression. */
export const iso = (ts: string) => `to_char((${ts}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const shanghaiDate = (ts: string) => `(((${ts}) + interval '8 hours') AT TIME ZONE 'UTC')::date`;

export function referenceRowsSql(passwordHash: string): string[] {
  const unitIdx = `generate_series(1, ${UNITS})`;
  return [
    `INSERT INTO units (name) SELECT '市执法单位' || lpad(i::text, 2, '0') FROM ${unitIdx} AS i`,
    `INSERT INTO users (username, display_name, password_hash, role, unit_id)
     SELECT x.username, x.display, ${q(passwordHash)}, x.role::"Role", x.unit_id FROM (
       SELECT 'admin' AS username, '系统管理员' AS display, 'ADMIN' AS role, NULL::uuid AS unit_id
       UNION ALL SELECT 'staff' || i, '投诉中心工作人员' || i, 'CENTER_STAFF', NULL FROM generate_series(1, ${STAFF}) i
       UNION ALL SELECT 'director' || i, '监督机构负责人' || i, 'CENTER_DIRECTOR', NULL FROM generate_series(1, ${DIRECTORS}) i
       UNION ALL SELECT 'discipline', '纪检监察', 'DISCIPLINE', NULL
       UNION ALL SELECT 'supervisor', '特邀监督员', 'SUPERVISOR', NULL
       UNION ALL SELECT 'unit' || i || '.' || r, '单位' || i || (CASE r WHEN 'handler' THEN '经办人' ELSE '负责人' END),
              CASE r WHEN 'handler' THEN 'UNIT_HANDLER' ELSE 'UNIT_LEADER' END,
              (SELECT id FROM units WHERE name = '市执法单位' || lpad(i::text, 2, '0'))
         FROM ${unitIdx} i CROSS JOIN (VALUES ('handler'), ('leader')) AS v(r)) AS x`,
    `CREATE UNLOGGED TABLE bench_units AS
     SELECT (row_number() OVER (ORDER BY u.name) - 1)::int AS idx, u.id,
            (SELECT id FROM users WHERE unit_id = u.id AND role = 'UNIT_LEADER') AS leader_id,
            (SELECT id FROM users WHERE unit_id = u.id AND role = 'UNIT_HANDLER') AS handler_id
       FROM units u`,
    `CREATE UNLOGGED TABLE bench_people AS SELECT role::text AS role,
       (row_number() OVER (PARTITION BY role ORDER BY username) - 1)::int AS idx, id
       FROM users WHERE role IN ('CENTER_STAFF', 'CENTER_DIRECTOR', 'DISCIPLINE')`,
  ];
}

export function templateTablesSql(paths: PathRow[], infos: TemplateInfo[]): string[] {
  const pathRows = paths.map(
    (p) =>
      `(${q(p.tpl)},${p.k},${p.seq},${q(p.action)},${q(p.fromState)},${q(p.toState)},${q(p.actor)},${p.afterDue})`,
  );
  const infoRows = infos.map(
    (i) =>
      `(${q(i.tpl)},${i.k},${i.version},${q(i.state)},${q(i.outcome)},${q(i.anchor)},${i.anchorSeq},${i.lo},${i.hi},` +
      `${i.approveSeq ?? 'NULL'}::int,${i.ackSeq ?? 'NULL'}::int,${i.referSeq ?? 'NULL'}::int,${i.acceptRefSeq ?? 'NULL'}::int,${i.objections})`,
  );
  return [
    `CREATE UNLOGGED TABLE bench_paths (tpl text, k int, seq int, action text, from_state text, to_state text,
       actor text, after_due bool, PRIMARY KEY (tpl, k, seq))`,
    `INSERT INTO bench_paths VALUES ${pathRows.join(',')}`,
    `CREATE UNLOGGED TABLE bench_info (tpl text, k int, version int, state text, outcome text, anchor text,
       anchor_seq int, lo float8, hi float8, approve_seq int, ack_seq int, refer_seq int, accref_seq int,
       objections int, PRIMARY KEY (tpl, k))`,
    `INSERT INTO bench_info VALUES ${infoRows.join(',')}`,
  ];
}

/** Due date (end of the 15th working day) for a notice issued on each Shanghai date. */
export function daysSql(days: { date: string; dueAt: string }[], overdueFrom: Date, asOf: Date): string[] {
  return [
    `CREATE UNLOGGED TABLE bench_days (d date PRIMARY KEY, due_at timestamptz)`,
    `INSERT INTO bench_days VALUES ${days.map((d) => `('${d.date}','${d.dueAt}')`).join(',')}`,
    // Issue dates whose deadline has passed at the bench's "now" but not in real time, so the
    // server's start-up sweep leaves them for the measured one.
    `CREATE UNLOGGED TABLE bench_od_days AS SELECT (row_number() OVER (ORDER BY d) - 1)::int AS i, d
       FROM bench_days WHERE due_at > '${overdueFrom.toISOString()}' AND due_at < '${new Date(asOf.getTime() - 86_400_000).toISOString()}'`,
  ];
}

function pickTemplate(): string {
  let cum = 0;
  const arms = TEMPLATES.filter((t) => t.weight > 0).map((t) => {
    cum += t.weight;
    return `WHEN r1 * 90 < ${cum} THEN ${q(t.name)}`;
  });
  return `CASE WHEN n % 10 = 0 THEN (CASE WHEN (n / 10) % 2 = 0 THEN 'OVERDUE' ELSE 'OVERDUE_ACK' END) ${arms.join(' ')} ELSE 'RECTIFIED' END`;
}

const SOURCES: [string, number][] = [
  ['PUBLIC_COMPLAINT', 40],
  ['HOTLINE', 25],
  ['SUPERVISOR', 5],
  ['MEDIA', 5],
  ['TRANSFER_IN', 5],
  ['CASE_FILE_REVIEW', 10],
  ['PLAN_REVIEW', 5],
  ['LEADER_INSTRUCTION', 5],
];
function pickSource(): string {
  let cum = 0;
  const arms = SOURCES.map(([s, w]) => {
    cum += w;
    return `WHEN r5 * 100 < ${cum} THEN '${s}'`;
  });
  return `CASE ${arms.join(' ')} END`;
}

/** One row per case with everything its rows need: template, actors, times, numbers. */
export function planSql(n: number, asOf: Date): string {
  const A = `'${asOf.toISOString()}'::timestamptz`;
  const T = `CASE i.anchor WHEN 'overdue' THEN ((od.d + time '02:00') AT TIME ZONE 'UTC') + (t.n % 420) * interval '1 minute'
      ELSE date_trunc('second', ${A} - (i.lo + t.r2 * (i.hi - i.lo)) * interval '1 day') END`;
  return `CREATE UNLOGGED TABLE bench_plan AS
  WITH b AS (
    SELECT n, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
           floor(random() * ${MAX_EVIDENCE + 1})::int AS k, floor(random() * ${UNITS})::int AS u,
           floor(random() * ${STAFF})::int AS s, floor(random() * ${DIRECTORS})::int AS dr
      FROM generate_series(1, ${n}) AS n
  ), t AS (SELECT b.*, ${pickTemplate()} AS tpl, ${pickSource()} AS source FROM b),
  a AS (
    SELECT t.n, t.tpl, t.k, t.source, t.r4, i.version, i.state, i.outcome, i.approve_seq, i.ack_seq, i.refer_seq,
           i.accref_seq, i.objections, make_interval(secs => 3600 + floor(t.r3 * 169200)) AS gap, ${T} AS anchor_at,
           i.anchor_seq, u.id AS unit_id, u.leader_id, u.handler_id, st.id AS staff_id, di.id AS director_id
      FROM t JOIN bench_info i ON i.tpl = t.tpl AND i.k = t.k
      LEFT JOIN bench_od_days od ON i.anchor = 'overdue' AND od.i = (t.n / 10) % (SELECT count(*) FROM bench_od_days)
      JOIN bench_units u ON u.idx = t.u
      JOIN bench_people st ON st.role = 'CENTER_STAFF' AND st.idx = t.s
      JOIN bench_people di ON di.role = 'CENTER_DIRECTOR' AND di.idx = t.dr
  ), c AS (
    SELECT a.*, a.anchor_at - (a.anchor_seq - 1) * a.gap AS t0,
           a.anchor_at - (a.anchor_seq - 1) * a.gap + (a.approve_seq - 1) * a.gap AS issued_at FROM a
  ), d AS (
    SELECT c.*, bd.due_at, extract(year FROM c.t0 + interval '8 hours')::int AS cyear,
           extract(year FROM c.issued_at + interval '8 hours')::int AS nyear,
           c.issued_at + ((extract(epoch FROM bd.due_at - c.issued_at) * 1000)::bigint * 7 / 10) * interval '1 millisecond' AS due_soon_at
      FROM c LEFT JOIN bench_days bd ON bd.d = ${shanghaiDate('c.issued_at')}
  )
  SELECT gen_random_uuid() AS id, d.*,
         (row_number() OVER (PARTITION BY cyear ORDER BY t0, n))::int AS cseq,
         CASE WHEN approve_seq IS NOT NULL THEN (row_number() OVER (PARTITION BY approve_seq IS NULL, nyear ORDER BY issued_at, n))::int END AS nseq,
         ${arr(TEXT.places)}[1 + n % ${TEXT.places.length}] || ${arr(TEXT.problems)}[1 + floor(r4 * ${TEXT.problems.length})::int] AS topic,
         (SELECT id FROM bench_people WHERE role = 'DISCIPLINE' LIMIT 1) AS discipline_id
    FROM d`;
}

/** at of step `seq` (an SQL expression) of plan row p. */
export const atOf = (seq: string, afterDue: string) =>
  `CASE WHEN ${afterDue} THEN p.due_at + (${seq} - p.approve_seq) * interval '1 hour' ELSE p.t0 + (${seq} - 1) * p.gap END`;
export const caseNumber = `'执监案〔' || p.cyear || '〕' || p.cseq || '号'`;
export const noticeNumber = `'执监通〔' || p.nyear || '〕' || p.nseq || '号'`;
export const title = `'关于' || p.topic || '问题的投诉'`;

export function casesSql(): string[] {
  const s = TEXT.sentences;
  const notice = `jsonb_build_object('findings', ${q(TEXT.findings)}, 'legalBasis', ${q(TEXT.legalBasis)},
      'requiredRectification', ${q(TEXT.rectification)}, 'deadlineWorkingDays', 15`;
  const workflow = `jsonb_build_object(
    'draftNotice', CASE WHEN p.state = 'NOTICE_PENDING_APPROVAL' THEN ${notice}) END,
    'notice', CASE WHEN p.approve_seq IS NOT NULL THEN ${notice}, 'number', ${noticeNumber}, 'issuedAt', ${iso('p.issued_at')}) END,
    'deadline', CASE WHEN p.approve_seq IS NOT NULL THEN jsonb_build_object('seq', 1, 'startAt', ${iso('p.issued_at')},
      'workingDays', 15, 'extensions', '[]'::jsonb, 'dueAt', ${iso('p.due_at')}, 'dueSoonAt', ${iso('p.due_soon_at')}) END,
    'acknowledgedAt', CASE WHEN p.ack_seq IS NOT NULL THEN ${iso(atOf('p.ack_seq', 'false'))} END,
    'extensionRequest', NULL, 'rectificationRejections', 0, 'objections', p.objections,
    'referral', CASE WHEN p.refer_seq IS NOT NULL THEN jsonb_build_object('by', 'SYSTEM', 'reason', 'NO_REPLY',
      'at', ${iso(atOf('p.refer_seq', 'true'))},
      'acceptedAt', CASE WHEN p.accref_seq IS NOT NULL THEN ${iso(atOf('p.accref_seq', 'true'))} END) END)`;
  const awaiting = `p.state = 'AWAITING_REPLY'`;
  return [
    `INSERT INTO cases (id, number, title, description, source, state, outcome, unit_id, version, occurred_at,
       created_by_id, workflow, due_at, due_soon_at, notice_issued, unit_involved, referred, tracking_hash, created_at,
       updated_at)
     SELECT p.id, ${caseNumber}, ${title},
       '据群众反映，' || p.topic || '问题。' || ${arr(s)}[1 + p.n % ${s.length}] || ${arr(s)}[1 + (p.n / 7) % ${s.length}],
       p.source::"CaseSource", p.state::"CaseState", p.outcome::"CaseOutcome", p.unit_id, p.version,
       p.t0 - interval '3 days', p.staff_id, ${workflow},
       CASE WHEN ${awaiting} THEN p.due_at END, CASE WHEN ${awaiting} THEN p.due_soon_at END,
       p.approve_seq IS NOT NULL, p.approve_seq IS NOT NULL, p.refer_seq IS NOT NULL,
       CASE WHEN p.source = 'PUBLIC_COMPLAINT' THEN encode(sha256(convert_to('bench:' || p.id, 'UTF8')), 'hex') END,
       p.t0, (SELECT ${atOf('p.version', 'bp.after_due')} FROM bench_paths bp WHERE bp.tpl = p.tpl AND bp.k = p.k AND bp.seq = p.version)
     FROM bench_plan p ORDER BY p.t0`,
    `INSERT INTO reporters (case_id, name, phone, anonymous, created_at)
     SELECT p.id, '群众' || p.n, '138' || lpad((p.n % 100000000)::text, 8, '0'), p.n % 10 = 3, p.t0
       FROM bench_plan p WHERE p.source IN ('PUBLIC_COMPLAINT', 'HOTLINE')`,
    `INSERT INTO notices (case_id, year, seq, number, issued_at, issued_by_id, findings, legal_basis,
       required_rectification, deadline_working_days)
     SELECT p.id, p.nyear, p.nseq, ${noticeNumber}, p.issued_at, p.director_id, ${q(TEXT.findings)},
       ${q(TEXT.legalBasis)}, ${q(TEXT.rectification)}, 15 FROM bench_plan p WHERE p.approve_seq IS NOT NULL`,
    `INSERT INTO counters (key, last)
     SELECT 'case:' || cyear, max(cseq) FROM bench_plan GROUP BY cyear
     UNION ALL SELECT 'notice:' || nyear, max(nseq) FROM bench_plan WHERE nseq IS NOT NULL GROUP BY nyear
     ON CONFLICT (key) DO UPDATE SET last = GREATEST(counters.last, EXCLUDED.last)`,
  ];
}

export const DROP_HELPERS = [
  'bench_prev',
  'bench_plan',
  'bench_paths',
  'bench_info',
  'bench_days',
  'bench_od_days',
  'bench_units',
  'bench_people',
].map((t) => `DROP TABLE IF EXISTS ${t}`);
