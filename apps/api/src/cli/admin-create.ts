import { parseArgs } from 'node:util';
import { ZUsername } from '@sp/domain';
import { read } from 'read';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { runMigrations } from '../db/migrate.ts';
import { createAdministrator, isUsernameTaken } from '../modules/users/first-admin.ts';
import { loadReferenceCalendar } from '../seeds/reference-data.ts';

// `pnpm admin:create <username> [--name 显示名]`: the first administrator of an office, in the
// configured database (DATA_DIR, or DATABASE_URL), never with demo data. Migrates and loads the
// reference calendar first, as the server does. The password comes from ADMIN_PASSWORD or is
// asked for twice without echo. Exits 1, changing nothing, if the username exists or the
// password breaks the policy. On the embedded database, stop the server first (one process).

const say = (msg: string) => process.stdout.write(`${msg}\n`);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' } },
});
const parsed = ZUsername.safeParse(positionals[0] ?? '');
if (positionals.length !== 1 || !parsed.success) {
  const why = parsed.success ? '' : `\n${parsed.error.issues[0]?.message}`;
  process.stderr.write(`usage: pnpm admin:create <username> [--name 显示名]${why}\n`);
  process.exit(1);
}
const username = parsed.data;

/** The password from ADMIN_PASSWORD, or typed twice without echo; null when that cannot be. */
async function askPassword(): Promise<string | null> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    process.stderr.write('no terminal to ask for the password: set ADMIN_PASSWORD\n');
    return null;
  }
  const first = await read({ prompt: `${username} 的密码 / password: `, silent: true, replace: '*' });
  const second = await read({ prompt: '再输入一次 / again: ', silent: true, replace: '*' });
  if (first === second) return first;
  process.stderr.write('两次输入的密码不一致 / the passwords differ\n');
  return null;
}

/** 0 when the administrator was created; 1 (nothing created) otherwise. */
async function createFromCommandLine(prisma: Database['prisma']): Promise<number> {
  if (await isUsernameTaken(prisma, username)) {
    process.stderr.write(`用户名 ${username} 已存在，未做任何更改 / ${username} exists: nothing changed\n`);
    return 1;
  }
  const password = await askPassword();
  if (password === null) return 1;
  const displayName = values.name?.trim() || username;
  const result = await createAdministrator(prisma, { username, displayName, password });
  if ('problems' in result) {
    process.stderr.write(`密码不符合要求，未创建 / password refused:\n  ${result.problems.join('\n  ')}\n`);
    return 1;
  }
  say(
    `系统管理员 ${username} 已创建，首次登录须修改密码 / administrator ${username} created (change the password at first sign-in)`,
  );
  return 0;
}

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: say });
try {
  await runMigrations(db, { log: say });
  await loadReferenceCalendar(db.prisma, say);
  process.exitCode = await createFromCommandLine(db.prisma);
} finally {
  await db.close();
}
