import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { verifyAllChains } from '../modules/audit/verify-chain.ts';

// `pnpm audit:verify`: re-computes every case's hash chain in the configured database
// (DATA_DIR or DATABASE_URL, as the server reads them) and prints the result as JSON.
// Exit code 0: every chain is intact; 1: a chain is broken (the first broken link is printed);
// 2: the check could not run (no database, say).

const config = loadConfig();
try {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await verifyAllChains(db.prisma);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.firstBroken) {
      const { caseId, seq, reason } = result.firstBroken;
      process.stderr.write(`hash chain broken: case ${caseId}, event ${seq}: ${reason}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`all ${result.casesChecked} case histories are intact\n`);
    }
  } finally {
    await db.close();
  }
} catch (error) {
  process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
