import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { arrangementToOverrides, ZHolidayArrangement } from '@sp/domain';
import { findRepoRoot } from '../db/migration-files.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

// Reference data every installation needs (not demo data): the official holiday arrangements
// in seeds/calendar. A year already present in the database is left alone, so an
// administrator's corrections are never overwritten by a restart.

export async function loadReferenceCalendar(prisma: PrismaClient, log: (msg: string) => void = () => {}) {
  const dir = path.join(findRepoRoot(), 'seeds', 'calendar');
  const files = (await readdir(dir)).filter((f) => /^\d{4}\.json$/.test(f)).sort();
  for (const file of files) {
    const arrangement = ZHolidayArrangement.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    const year = arrangement.year;
    const from = new Date(`${year}-01-01T00:00:00Z`);
    const to = new Date(`${year + 1}-01-01T00:00:00Z`);
    const present = await prisma.calendarDay.count({ where: { date: { gte: from, lt: to } } });
    if (present > 0) continue;
    const overrides = arrangementToOverrides(arrangement);
    await prisma.calendarDay.createMany({
      data: overrides.map((o) => ({
        date: new Date(`${o.date}T00:00:00Z`),
        working: o.working,
        note: o.note ?? '',
      })),
      skipDuplicates: true,
    });
    log(`calendar: loaded ${overrides.length} days of ${year} from seeds/calendar/${file}`);
  }
}
