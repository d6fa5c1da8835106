import {
  type Actor,
  FUTURE_OCCURRED_AT_MESSAGE,
  futureOccurredAtIssue,
  initialSnapshot,
  issuesTrackingCode,
  REGISTER_ACTION,
  registersAsReporter,
  registrationRefusal,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { badRequest, unprocessable } from '../../lib/http-errors.ts';
import { newTrackingCode, trackingHash } from '../../lib/tokens.ts';
import { recordCaseChanges } from '../case-store/case-changes.ts';
import { appendEvent } from '../case-store/case-history.ts';
import { citedOfficers, replaceCaseOfficers } from '../case-store/case-officers.ts';
import { drawNumber } from '../case-store/document-numbers.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import {
  createCaseRow,
  createReporter,
  findDisplayName,
  findUnitStatus,
  type RegisterInput,
} from './cases.repository.ts';

// Registering a case (登记): the case, the reporter kept apart, and history entry 1, in one
// transaction. Whoever reported gets a tracking code for the public page, shown once.

export type RegisterOptions = {
  channel?: 'PUBLIC_WEB';
  /** Runs inside the registration's transaction (e.g. a review finding links itself to the case). */
  afterCreate?: (tx: Prisma.TransactionClient, created: { id: string; number: string }) => Promise<void>;
};

export async function registerCase(
  prisma: PrismaClient,
  input: RegisterInput,
  actor: Actor,
  now: Date,
  opts: RegisterOptions = {},
) {
  const refused = registrationRefusal(actor, input.source);
  if (refused) throw refused;
  // The schema takes any ISO instant, but PostgreSQL has no year 0 and a year past 9999 is
  // stored yet cannot be read back (every later read of the case was a 500).
  const occurredYear = input.occurredAt ? new Date(input.occurredAt).getUTCFullYear() : 2000;
  if (!(occurredYear >= 1 && occurredYear <= 9999))
    throw badRequest('发生时间不正确 / occurredAt is out of range', [
      { path: 'occurredAt', message: '年份须在 1–9999 之间 / the year must be 1–9999' },
    ]);
  // 发生日期 after today (China's date on the server's clock): the same rule as the forms'.
  const future = futureOccurredAtIssue(input.occurredAt, now);
  if (future) throw badRequest(FUTURE_OCCURRED_AT_MESSAGE, [future]);
  if (input.unitId !== null) await assertUnitTakesCases(prisma, input.unitId);
  const officers = await citedOfficers(prisma, input.officerIds ?? [], actor);
  const createdById = actor.kind === 'user' ? actor.id : null;
  const reporter = await reporterFor(prisma, input, actor);
  const trackingCode = issuesTrackingCode(input.source, reporter !== null) ? newTrackingCode() : null;
  const snap = initialSnapshot(input.unitId, createdById);
  const row = await prisma.$transaction(async (tx) => {
    const { number } = await drawNumber(tx, 'case', now);
    const created = await createCaseRow(tx, {
      input,
      number,
      snap,
      createdById,
      trackingHash: trackingCode ? trackingHash(trackingCode) : null,
      now,
    });
    if (reporter) await createReporter(tx, created.id, reporter);
    if (officers.length > 0)
      await replaceCaseOfficers(
        tx,
        created.id,
        officers.map((o) => o.id),
      );
    await appendEvent(tx, created.id, 1, {
      action: REGISTER_ACTION,
      fromState: null,
      toState: snap.state,
      actor,
      at: now.toISOString(),
      // Never the reporter: unit users may read parts of this history.
      data: {
        number,
        source: input.source,
        title: input.title,
        unitId: input.unitId,
        ...(input.unitId === null ? { reportedUnitName: input.reportedUnitName } : {}),
        channel: opts.channel ?? 'STAFF',
        ...(officers.length > 0 ? { officers } : {}),
      },
    });
    await recordCaseChanges(tx, [
      { caseId: created.id, action: REGISTER_ACTION, fromState: null, after: snap, actor, at: now },
    ]);
    await opts.afterCreate?.(tx, created);
    return created;
  }, TX_OPTIONS);
  return { row, trackingCode };
}

async function assertUnitTakesCases(prisma: PrismaClient, unitId: string) {
  const unit = await findUnitStatus(prisma, unitId);
  if (!unit)
    throw unprocessable('所选执法单位不存在 / unknown unit', [
      { path: 'unitId', message: '单位不存在 / unknown unit' },
    ]);
  // A unit the administrator deactivated (merged, dissolved) takes no new cases.
  if (!unit.active)
    throw unprocessable(
      '所选执法单位已停用，不能登记新的线索 / the unit is inactive and takes no new cases',
      [{ path: 'unitId', message: '单位已停用 / the unit is inactive' }],
    );
}

async function reporterFor(prisma: PrismaClient, input: RegisterInput, actor: Actor) {
  if (registersAsReporter(actor) && actor.kind === 'user') {
    return { name: await findDisplayName(prisma, actor.id), phone: null, anonymous: false, userId: actor.id };
  }
  if (!input.reporter) return null;
  return {
    name: input.reporter.name || null,
    phone: input.reporter.phone ?? null,
    anonymous: input.reporter.anonymous === true,
    userId: null,
  };
}
