import {
  type Actor,
  type CaseExportRow,
  canSeeReporter,
  caseExportColumns,
  caseScopeFor,
  EXPORT_MAX_ROWS,
  type TCaseFilters,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { tooLarge } from '../../lib/http-errors.ts';
import { createXlsxStream } from '../../lib/xlsx-stream.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { toCaseSummary } from './case-view.ts';
import { countCases, findReporters, listWhere, logReporterAccesses, pageAfter } from './cases.repository.ts';

const PAGE = 500;
const ROUTE = 'GET /api/cases/export.xlsx';

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService; maxRows?: number };

/**
 * The case list as an .xlsx: the list's filters in the caller's scope, counted first (over the
 * cap → 413), then read page by page in the list's order and streamed. The reporter's columns
 * exist only for those allowed to see reporters, and each read is logged like any other.
 */
export function createCasesExportService({ prisma, clock, calendars, maxRows = EXPORT_MAX_ROWS }: Deps) {
  return {
    async export(query: TCaseFilters, actor: Actor) {
      const now = clock.now();
      const ctx = { now, calendar: await calendars.current() };
      const where = listWhere(caseScopeFor(actor), query, now);
      const total = await countCases(prisma, where);
      if (total > maxRows)
        throw tooLarge(
          `符合条件的案件有 ${total} 件，超过导出上限 ${maxRows} 件，请缩小筛选范围（如时间段、单位、状态） / ${total} cases match, more than the export limit of ${maxRows}: narrow the filter`,
        );
      const withReporter = canSeeReporter(actor) && actor.kind === 'user';
      const xlsx = createXlsxStream();
      const sheet = xlsx.sheet<CaseExportRow>('案件清单', caseExportColumns(withReporter));

      async function write() {
        let after: { createdAt: Date; id: string } | null = null;
        for (;;) {
          const rows = await pageAfter(prisma, where, after, PAGE);
          if (rows.length === 0) break;
          const last = rows.at(-1)!;
          after = { createdAt: last.createdAt, id: last.id };
          const ids = rows.map((r) => r.id);
          const reporters = withReporter
            ? new Map((await findReporters(prisma, ids)).map((r) => [r.caseId, r]))
            : null;
          if (reporters && actor.kind === 'user')
            await logReporterAccesses(
              prisma,
              [...reporters.keys()].map((caseId) => ({ caseId, userId: actor.id, route: ROUTE })),
            );
          for (const row of rows) {
            const reporter = reporters?.get(row.id);
            sheet.addRow({
              summary: toCaseSummary(row, snapshotOf(row), ctx),
              ...(reporter
                ? { reporter: { name: reporter.name, phone: reporter.phone, anonymous: reporter.anonymous } }
                : {}),
            });
          }
          // Let the reply drain before the next page (backpressure).
          if (xlsx.stream.writableNeedDrain) await new Promise((r) => xlsx.stream.once('drain', r));
          if (rows.length < PAGE) break;
        }
        sheet.commit();
        await xlsx.commit();
      }
      write().catch((error: unknown) => xlsx.stream.destroy(error as Error));
      return { stream: xlsx.stream, total };
    },
  };
}

export type CasesExportService = ReturnType<typeof createCasesExportService>;
