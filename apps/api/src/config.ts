import path from 'node:path';
import { z } from 'zod';

// Everything the server reads from its environment (api-contract.md, "Running"), validated
// once at start-up so a typo fails loudly instead of half-working.
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().optional(),
  SEED_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  SUPERVISION_TEST_CLOCK: z.enum(['0', '1']).default('0'),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  PUBLIC_REPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  TRUST_PROXY: z.string().trim().default(''),
  /** smtp://host:25 (or smtps://user:pass@host:465): enables the daily e-mail digest. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^(smtps?:\/\/.+)?$/, { error: 'SMTP_URL must start with smtp:// or smtps://' })
    .default(''),
  SMTP_FROM: z.string().trim().default(''),
  DIGEST_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
});

/**
 * TRUST_PROXY → Fastify's trustProxy: empty or `false` trusts no proxy (the default: a client
 * could otherwise claim any address or HTTPS); `true` trusts any; otherwise a comma-separated
 * list of proxy addresses or CIDR ranges (e.g. `127.0.0.1` for nginx on the same machine).
 */
export function parseTrustProxy(value: string): boolean | string[] {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** undefined = seed only an empty embedded database (the default). */
  seedDemo: boolean | undefined;
  testClock: boolean;
  sweepIntervalMs: number;
  publicReportsPerMinute: number;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  dbPoolMax: number;
  trustProxy: boolean | string[];
  /** undefined: no e-mail is ever sent. */
  smtpUrl: string | undefined;
  smtpFrom: string | undefined;
  digestIntervalMs: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = ZEnv.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR.startsWith('memory://') ? e.DATA_DIR : path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    seedDemo: e.SEED_DEMO === undefined ? undefined : e.SEED_DEMO === '1' || e.SEED_DEMO === 'true',
    testClock: e.SUPERVISION_TEST_CLOCK === '1',
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    publicReportsPerMinute: e.PUBLIC_REPORTS_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    dbPoolMax: e.DB_POOL_MAX,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    smtpUrl: e.SMTP_URL || undefined,
    smtpFrom: e.SMTP_FROM || undefined,
    digestIntervalMs: e.DIGEST_INTERVAL_MS,
  };
}
