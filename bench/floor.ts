import { createHash } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '../apps/api/node_modules/@electric-sql/pglite/dist/index.js';
import Fastify from '../apps/api/node_modules/fastify/fastify.js';

// The floor: the least a server can do for the bench's requests, on the same tables. One
// indexed SELECT per list page or case, and one UPDATE … WHERE id AND version plus one INSERT
// of the event, in a transaction, per transition. No session, no validation, no history read.
// DATABASE_URL=postgresql://… (pg pool) or DATA_DIR=<dir> (PGlite in <dir>/db); PORT.

type Q = (sql: string, params: unknown[]) => Promise<{ rows: unknown[]; affected: number }>;
type Db = { query: Q; tx<T>(fn: (q: Q) => Promise<T>): Promise<T> };

async function open(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });
    const wrap =
      (c: pg.Pool | pg.PoolClient): Q =>
      async (sql, params) => {
        const r = await c.query(sql, params);
        return { rows: r.rows, affected: r.rowCount ?? 0 };
      };
    return {
      query: wrap(pool),
      async tx(fn) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const out = await fn(wrap(client));
          await client.query('COMMIT');
          return out;
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
    };
  }
  const db = await PGlite.create({ dataDir: `${process.env.DATA_DIR}/db` });
  const wrap =
    (c: Pick<PGlite, 'query'>): Q =>
    async (sql, params) => {
      const r = await c.query(sql, params);
      return { rows: r.rows, affected: r.affectedRows ?? 0 };
    };
  return { query: wrap(db), tx: (fn) => db.transaction((t) => fn(wrap(t))) };
}

const db = await open();
const app = Fastify({ logger: false });
const COLS = [
  'id',
  'number',
  'title',
  'source',
  'state',
  'outcome',
  'unit_id',
  'version',
  'due_at',
  'created_at',
]
  .map((c) => `c.${c}`)
  .join(', ');
const [found] = (await db.query(`SELECT to_regclass('case_search') IS NOT NULL AS ok`, [])).rows as {
  ok: boolean;
}[];
const hasSearchTable = found?.ok === true;

app.get('/floor/health', async () => {
  await db.query('SELECT 1', []);
  return { ok: true };
});

app.get<{ Querystring: { state?: string; unitId?: string; q?: string } }>('/floor/cases', async (req) => {
  const { state, unitId, q } = req.query;
  if (q) {
    // The same index the API searches with: case_search (trigram) where the schema has it.
    const sql = hasSearchTable
      ? `SELECT ${COLS} FROM cases c JOIN case_search s ON s.case_id = c.id WHERE s.text ILIKE $1
          ORDER BY c.created_at DESC, c.id DESC LIMIT 20`
      : `SELECT ${COLS} FROM cases c WHERE title ILIKE $1 OR number ILIKE $1 OR description ILIKE $1
          ORDER BY created_at DESC, id DESC LIMIT 20`;
    const { rows } = await db.query(sql, [`%${q}%`]);
    return { items: rows };
  }
  const { rows } = await db.query(
    `SELECT ${COLS} FROM cases c WHERE unit_id = $1 AND state = $2::"CaseState" ORDER BY c.created_at DESC, c.id DESC LIMIT 20`,
    [unitId, state],
  );
  return { items: rows };
});

app.get<{ Params: { id: string } }>('/floor/cases/:id', async (req, reply) => {
  const { rows } = await db.query(`SELECT * FROM cases WHERE id = $1`, [req.params.id]);
  return rows[0] ?? reply.code(404).send({});
});

app.post<{ Params: { id: string }; Body: { version: number } }>(
  '/floor/cases/:id/transition',
  async (req, reply) => {
    const { id } = req.params;
    const version = req.body.version;
    const prevHash = createHash('sha256').update(`${id}:${version}`).digest('hex');
    const hash = createHash('sha256')
      .update(`${prevHash}:${version + 1}`)
      .digest('hex');
    const ok = await db.tx(async (q) => {
      const updated = await q(
        `UPDATE cases SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
        [id, version],
      );
      if (updated.affected === 0) return false;
      await q(
        `INSERT INTO case_events (case_id, seq, action, from_state, to_state, at, data, prev_hash, hash)
       VALUES ($1, $2, 'add_evidence', 'INVESTIGATING', 'INVESTIGATING', now(), '{}', $3, $4)`,
        [id, version + 1, prevHash, hash],
      );
      return true;
    });
    return ok ? { version: version + 1 } : reply.code(409).send({});
  },
);

await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
