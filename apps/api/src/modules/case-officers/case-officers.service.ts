import {
  type Actor,
  actDateOf,
  CITE_OFFICERS_ACTION,
  canCiteOfficers,
  canViewCase,
  effectiveOfficerStatus,
  hasUncertifiedOfficer,
  sameCitation,
  shanghaiDate,
  type TCaseOfficers,
  type TCaseOfficersUpdate,
  type TOfficerCandidate,
  type TOfficerCandidateQuery,
  uncertifiedReasonOn,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, forbidden } from '../../lib/http-errors.ts';
import { appendEvent } from '../case-store/case-history.ts';
import {
  type CitedOfficerRow,
  certificateOf,
  citedOfficers,
  readCaseOfficers,
  replaceCaseOfficers,
  searchOfficersToCite,
} from '../case-store/case-officers.ts';
import { type CaseRow, columnsOf, snapshotOf } from '../case-store/case-record.ts';
import { findCaseWithHead, updateCaseIfVersion } from '../case-store/case-store.repository.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { caseNotFound, findVisibleCase } from '../case-store/visible-case.ts';

// The officers a case cites, each checked against the date of the enforcement act (domain:
// registry/case-officers.ts). Changing them is recorded in the case's history like any change
// of the case — a new version, one event on the hash chain — without being a workflow action.

type Deps = { prisma: PrismaClient; clock: Clock };

function toView(
  row: Pick<CaseRow, 'id' | 'version' | 'occurredAt' | 'createdAt'>,
  officers: CitedOfficerRow[],
  today: string,
): TCaseOfficers {
  const act = actDateOf(row.occurredAt, row.createdAt);
  const items = officers.map((o) => {
    const cert = certificateOf(o);
    return {
      id: o.id,
      name: o.name,
      unitName: o.unit.name,
      certificateNo: o.certificateNo,
      validFrom: cert.validFrom,
      validUntil: cert.validUntil,
      status: effectiveOfficerStatus({ ...cert, status: o.status }, today),
      uncertifiedReason: uncertifiedReasonOn(cert, act.date),
    };
  });
  return {
    caseId: row.id,
    version: row.version,
    actDate: act.date,
    actDateBasis: act.basis,
    officers: items,
    uncertified: hasUncertifiedOfficer(items.map((o) => o.uncertifiedReason)),
  };
}

export function createCaseOfficersService({ prisma, clock }: Deps) {
  return {
    /** Officers the center may cite (no private fields), with their status today. */
    async candidates(query: TOfficerCandidateQuery, actor: Actor): Promise<TOfficerCandidate[]> {
      if (!canCiteOfficers(actor)) throw forbidden();
      const today = shanghaiDate(clock.now());
      const rows = await searchOfficersToCite(prisma, query.q || undefined, query.unitId);
      return rows.map((o) => {
        const cert = certificateOf(o);
        return {
          id: o.id,
          name: o.name,
          unitName: o.unit.name,
          certificateNo: o.certificateNo,
          validFrom: cert.validFrom,
          validUntil: cert.validUntil,
          status: effectiveOfficerStatus({ ...cert, status: o.status }, today),
        };
      });
    },

    async get(caseId: string, actor: Actor): Promise<TCaseOfficers> {
      const row = await findVisibleCase(prisma, caseId, actor);
      return toView(row, await readCaseOfficers(prisma, row.id), shanghaiDate(clock.now()));
    },

    /** Replaces the cited officers; an actual change is a new version of the case and one event. */
    async update(caseId: string, body: TCaseOfficersUpdate, actor: Actor): Promise<TCaseOfficers> {
      const now = clock.now();
      return prisma.$transaction(async (tx) => {
        const found = await findCaseWithHead(tx, caseId);
        if (!found || !canViewCase(snapshotOf(found.row), actor)) throw caseNotFound();
        if (!canCiteOfficers(actor)) throw forbidden('无权列明执法人员 / not allowed to cite officers');
        if (found.row.version !== body.version) throw conflict();
        const officers = await citedOfficers(tx, body.officerIds, actor);
        const before = await readCaseOfficers(tx, found.row.id);
        if (
          sameCitation(
            before.map((o) => o.id),
            body.officerIds,
          )
        )
          return toView(found.row, before, shanghaiDate(now));
        const snap = snapshotOf(found.row);
        const next = { ...snap, version: snap.version + 1 };
        if ((await updateCaseIfVersion(tx, found.row.id, snap.version, columnsOf(next, now))) === 0)
          throw conflict();
        await replaceCaseOfficers(tx, found.row.id, body.officerIds);
        const brief = (o: { id: string; name: string; certificateNo: string }) => ({
          id: o.id,
          name: o.name,
          certificateNo: o.certificateNo,
        });
        await appendEvent(
          tx,
          found.row.id,
          next.version,
          {
            action: CITE_OFFICERS_ACTION,
            fromState: null,
            toState: snap.state,
            actor,
            at: now.toISOString(),
            data: { officers: officers.map(brief), previous: before.map(brief) },
          },
          found.head,
        );
        const after = await readCaseOfficers(tx, found.row.id);
        return toView({ ...found.row, version: next.version }, after, shanghaiDate(now));
      }, TX_OPTIONS);
    },
  };
}

export type CaseOfficersService = ReturnType<typeof createCaseOfficersService>;
