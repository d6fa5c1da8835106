import {
  type Actor,
  actionNeeds,
  allowedActions,
  applyAction,
  CASE_QUEUES,
  canSeeSimilarCases,
  canViewCase,
  caseScopeFor,
  noticeDefaultWorkingDays,
  queueFilter,
  relationOf,
  SIMILAR_CASES,
  type TCase,
  type TCaseCounts,
  type TCaseFilters,
  type TCaseListQuery,
  type TCreateCaseRequest,
  type TRelatedCase,
  type TSimilarCase,
  type TSimilarCasesQuery,
  type UserActor,
  visibleCaseLinks,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, forbidden } from '../../lib/http-errors.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { gatherActionResources } from '../case-store/action-resources.ts';
import { listCaseLinks } from '../case-store/case-links.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { findCaseWithHead } from '../case-store/case-store.repository.ts';
import { commitTransition } from '../case-store/commit-transition.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { caseNotFound, findVisibleCase } from '../case-store/visible-case.ts';
import type { SettingsService } from '../system/settings.service.ts';
import { toCaseSummary, toCaseView } from './case-view.ts';
import {
  countCases,
  findSimilarCases,
  listCases,
  listCasesByUrgency,
  listWhere,
} from './cases.repository.ts';
import { registerCase } from './register-case.ts';
import { readReporter } from './reporter-access.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService; settings: SettingsService };

export function createCasesService({ prisma, clock, calendars, settings }: Deps) {
  async function viewContext() {
    return { now: clock.now(), calendar: await calendars.current() };
  }

  return {
    async create(input: TCreateCaseRequest, actor: Actor) {
      const ctx = await viewContext();
      const { row, trackingCode } = await registerCase(prisma, input, actor, ctx.now);
      return { ...toCaseView(row, snapshotOf(row), actor, ctx), ...(trackingCode ? { trackingCode } : {}) };
    },

    async get(id: string, actor: Actor): Promise<TCase> {
      const row = await findVisibleCase(prisma, id, actor);
      const ctx = await viewContext();
      const reporter = await readReporter(prisma, row.id, actor, 'GET /api/cases/:id');
      return { ...toCaseView(row, snapshotOf(row), actor, ctx), ...(reporter ? { reporter } : {}) };
    },

    async list(query: TCaseListQuery, actor: Actor) {
      const ctx = await viewContext();
      const where = listWhere(caseScopeFor(actor), query, ctx.now);
      const { items, total } =
        query.sort === 'urgency'
          ? await listCasesByUrgency(prisma, where, ctx.now, query.page, query.pageSize)
          : await listCases(prisma, where, query.page, query.pageSize);
      return {
        items: items.map((row) => {
          const snap = snapshotOf(row);
          return { ...toCaseSummary(row, snap, ctx), allowedActions: allowedActions(snap, actor, ctx) };
        }),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** How many cases each of the center's queues holds under the same filters (domain CASE_QUEUES). */
    async counts(filters: TCaseFilters, actor: UserActor): Promise<TCaseCounts> {
      const now = clock.now();
      const scope = caseScopeFor(actor);
      const counted = await Promise.all(
        CASE_QUEUES.map(async (queue) => {
          const where = listWhere(scope, { ...filters, ...queueFilter(queue, actor.id) }, now);
          return [queue.key, await countCases(prisma, where)] as const;
        }),
      );
      return { counts: Object.fromEntries(counted) as TCaseCounts['counts'] };
    },

    /** Possible duplicates of a case being registered or assessed (domain SIMILAR_CASES). */
    async similar(query: TSimilarCasesQuery, actor: Actor): Promise<TSimilarCase[]> {
      if (!canSeeSimilarCases(actor)) throw forbidden();
      const now = clock.now();
      const rows = await findSimilarCases(
        prisma,
        {
          unitId: query.unitId,
          title: query.title ?? '',
          description: query.description ?? '',
          excludeId: query.excludeId ?? null,
        },
        {
          since: new Date(now.getTime() - SIMILAR_CASES.windowDays * DAY_MS),
          limit: SIMILAR_CASES.limit,
          titleThreshold: SIMILAR_CASES.titleThreshold,
          descriptionThreshold: SIMILAR_CASES.descriptionThreshold,
        },
      );
      return rows.map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        score: Math.round(Number(r.score) * 1000) / 1000,
      }));
    },

    /** The case's merges and links, both directions, each only if `actor` may see the other case. */
    async related(id: string, actor: Actor): Promise<TRelatedCase[]> {
      const row = await findVisibleCase(prisma, id, actor);
      const links = (await listCaseLinks(prisma, row.id)).map((l) => ({
        ...l,
        other: snapshotOf(l.other),
        row: l.other,
      }));
      return visibleCaseLinks(links, actor).map((l) => ({
        relation: relationOf(l.kind, l.fromSource),
        case: {
          id: l.row.id,
          number: l.row.number,
          title: l.row.title,
          state: l.row.state,
          outcome: l.row.outcome,
        },
        note: l.note,
        createdAt: l.createdAt.toISOString(),
      }));
    },

    /**
     * One action, one transaction, for every action alike: check scope and version, look up
     * what the action's row needs (domain: actionNeeds), let the domain decide once
     * (applyAction), then write the case only if its version is unchanged, its derived rows
     * and its event (case-store: commitTransition).
     */
    async perform(
      id: string,
      body: { action: string; version: number } & Record<string, unknown>,
      actor: Actor,
    ) {
      const { action, version, ...payload } = body;
      const view = await viewContext();
      const needs = actionNeeds(action, payload);
      // Read before the transaction: PGlite has one connection, which the transaction holds.
      const profile = await settings.officeProfile();
      const policy = {
        officeProfile: profile,
        ...(needs.defaultDeadline ? { defaultDeadlineWorkingDays: noticeDefaultWorkingDays(profile) } : {}),
      };
      const row = await prisma.$transaction(async (tx) => {
        // The case and the head of its history in one query: the new event links to that head.
        const found = await findCaseWithHead(tx, id);
        if (!found || !canViewCase(snapshotOf(found.row), actor)) throw caseNotFound();
        if (found.row.version !== version) throw conflict();
        const snap = snapshotOf(found.row);
        const { ctx, drawn } = await gatherActionResources(tx, id, needs, { now: view.now, snap, profile });
        const result = applyAction(snap, action, payload, actor, {
          ...view,
          ...policy,
          ...ctx,
        });
        if (!result.ok) throw result.error;
        return commitTransition(tx, {
          current: found.row,
          head: found.head,
          result,
          actor,
          drawn,
          now: view.now,
        });
      }, TX_OPTIONS);
      return toCaseView(row, snapshotOf(row), actor, view);
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
