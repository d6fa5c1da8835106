import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZHolidayArrangement } from '@sp/domain';
import { findRepoRoot } from '../db/migration-files.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { loadReferenceYear } from '../modules/calendar/calendar.repository.ts';

// Reference data every installation needs (not demo data): the official holiday arrangements
// in seeds/calendar. A year already recorded is left alone, so an administrator's corrections
// or a re-entered arrangement are never overwritten by a restart.

export async function loadReferenceCalendar(prisma: PrismaClient, log: (msg: string) => void = () => {}) {
  const dir = path.join(findRepoRoot(), 'seeds', 'calendar');
  const files = (await readdir(dir)).filter((f) => /^\d{4}\.json$/.test(f)).sort();
  for (const file of files) {
    const arrangement = ZHolidayArrangement.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    const loaded = await loadReferenceYear(prisma, arrangement);
    if (loaded > 0) log(`calendar: loaded ${loaded} days of ${arrangement.year} from seeds/calendar/${file}`);
  }
}
