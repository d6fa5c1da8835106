import {
  type ActionContext,
  type Actor,
  applyAction,
  canViewCase,
  caseScopeFor,
  parsePayload,
  refusal,
  type TCase,
  type TCaseListQuery,
  type TCreateCaseRequest,
  TRANSITIONS,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, notFound } from '../../lib/http-errors.ts';
import { resolveCitedAttachments } from '../attachments/attachments.repository.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { SettingsService } from '../system/settings.service.ts';
import { appendEvent } from './case-history.ts';
import { type CaseRow, columnsOf, snapshotOf } from './case-record.ts';
import { toCaseSummary, toCaseView } from './case-view.ts';
import {
  findCase,
  findCaseWithHead,
  listCases,
  listWhere,
  nextCounterValue,
  updateCaseIfVersion,
} from './cases.repository.ts';
import { formatNoticeNumber, noticeCounterKey, shanghaiYear } from './notice-number.ts';
import { registerCase } from './register-case.ts';
import { readReporter } from './reporter-access.ts';
import { TX_OPTIONS } from './tx-options.ts';

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService; settings: SettingsService };

export function createCasesService({ prisma, clock, calendars, settings }: Deps) {
  async function viewContext() {
    return { now: clock.now(), calendar: await calendars.current() };
  }

  async function findVisible(id: string, actor: Actor): Promise<CaseRow> {
    const row = await findCase(prisma, id);
    // Out of scope and missing look the same: never reveal that a hidden case exists.
    if (!row || !canViewCase(snapshotOf(row), actor)) throw notFound('未找到该案件 / case not found');
    return row;
  }

  return {
    findVisible,

    async create(input: TCreateCaseRequest, actor: Actor) {
      const ctx = await viewContext();
      const { row, trackingCode } = await registerCase(prisma, input, actor, ctx.now);
      return { ...toCaseView(row, snapshotOf(row), actor, ctx), ...(trackingCode ? { trackingCode } : {}) };
    },

    async get(id: string, actor: Actor): Promise<TCase> {
      const row = await findVisible(id, actor);
      const ctx = await viewContext();
      const reporter = await readReporter(prisma, row.id, actor, 'GET /api/cases/:id');
      return { ...toCaseView(row, snapshotOf(row), actor, ctx), ...(reporter ? { reporter } : {}) };
    },

    async list(query: TCaseListQuery, actor: Actor) {
      const ctx = await viewContext();
      const where = listWhere(caseScopeFor(actor), query, ctx.now);
      const { items, total } = await listCases(prisma, where, query.page, query.pageSize);
      return {
        items: items.map((row) => toCaseSummary(row, snapshotOf(row), ctx)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /**
     * One action, one transaction: check scope and version, let the domain decide, then write
     * the case only if its version is unchanged, plus the event and any derived rows.
     */
    async perform(
      id: string,
      body: { action: string; version: number } & Record<string, unknown>,
      actor: Actor,
    ) {
      const { action, version, ...payload } = body;
      const { now, calendar } = await viewContext();
      // Only drafting a notice reads the administrator's default deadline.
      const defaultDeadlineWorkingDays =
        action === 'draft_notice' ? await settings.defaultDeadlineWorkingDays() : undefined;
      const row = await prisma.$transaction(async (tx) => {
        // The case and the head of its history in one query: the new event links to that head.
        const found = await findCaseWithHead(tx, id);
        const current = found?.row;
        if (!current || !canViewCase(snapshotOf(current), actor))
          throw notFound('未找到该案件 / case not found');
        if (current.version !== version) throw conflict();
        const snap = snapshotOf(current);
        const ctx: ActionContext = { now, calendar, defaultDeadlineWorkingDays };
        const name = action as keyof typeof TRANSITIONS;
        const refused = refusal(snap, name, actor, ctx);
        if (refused) throw refused;
        const parsed = parsePayload(name, payload) as { attachmentIds?: string[] };
        if (parsed.attachmentIds?.length)
          ctx.attachments = await resolveCitedAttachments(tx, id, parsed.attachmentIds);
        const issuesNotice = 'needsNoticeNumber' in TRANSITIONS[name];
        const year = shanghaiYear(now);
        const noticeSeq = issuesNotice ? await nextCounterValue(tx, noticeCounterKey(year)) : 0;
        if (issuesNotice) ctx.noticeNumber = formatNoticeNumber(year, noticeSeq);
        const result = applyAction(snap, name, payload, actor, ctx);
        if (!result.ok) throw result.error;
        const columns = columnsOf(result.next, now);
        if ((await updateCaseIfVersion(tx, id, version, columns)) === 0) throw conflict();
        const notice = result.next.workflow.notice;
        if (issuesNotice && notice && actor.kind === 'user') {
          await tx.notice.create({
            data: {
              caseId: id,
              year,
              seq: noticeSeq,
              ...notice,
              issuedAt: new Date(notice.issuedAt),
              issuedById: actor.id,
            },
          });
        }
        await appendEvent(tx, id, result.next.version, result.event, found.head);
        return { ...current, ...columns, workflow: result.next.workflow } as CaseRow;
      }, TX_OPTIONS);
      return toCaseView(row, snapshotOf(row), actor, { now, calendar });
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
