import {
  type Actor,
  initialSnapshot,
  REGISTER_ACTION,
  registrationRefusal,
  type TCreateCaseRequest,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { badRequest, unprocessable } from '../../lib/http-errors.ts';
import { newTrackingCode, trackingHash } from '../../lib/tokens.ts';
import { appendEvent } from './case-history.ts';
import { caseSelect } from './case-record.ts';
import { nextCounterValue, searchText } from './cases.repository.ts';
import { caseCounterKey, formatCaseNumber, shanghaiYear } from './notice-number.ts';
import { TX_OPTIONS } from './tx-options.ts';

// Registering a case (登记): the case, the reporter kept apart, and history entry 1, in one
// transaction. Whoever reported gets a tracking code for the public page, shown once.

export type RegisterOptions = {
  channel?: 'PUBLIC_WEB';
  /** Runs inside the registration's transaction (e.g. a review finding links itself to the case). */
  afterCreate?: (tx: Prisma.TransactionClient, created: { id: string; number: string }) => Promise<void>;
};

export async function registerCase(
  prisma: PrismaClient,
  input: TCreateCaseRequest,
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
  const unit = await prisma.unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
  if (!unit)
    throw unprocessable('所选执法单位不存在 / unknown unit', [
      { path: 'unitId', message: '单位不存在 / unknown unit' },
    ]);
  const createdById = actor.kind === 'user' ? actor.id : null;
  const reporter = await reporterFor(prisma, input, actor);
  const trackingCode = reporter || input.source === 'PUBLIC_COMPLAINT' ? newTrackingCode() : null;
  const snap = initialSnapshot(input.unitId, createdById);
  const row = await prisma.$transaction(async (tx) => {
    const year = shanghaiYear(now);
    const number = formatCaseNumber(year, await nextCounterValue(tx, caseCounterKey(year)));
    const created = await tx.case.create({
      data: {
        number,
        title: input.title,
        description: input.description,
        source: input.source,
        state: snap.state,
        unitId: input.unitId,
        version: snap.version,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : null,
        createdById,
        workflow: snap.workflow as Prisma.InputJsonValue,
        trackingHash: trackingCode ? trackingHash(trackingCode) : null,
        search: { create: { text: searchText({ ...input, number }) } },
        createdAt: now,
        updatedAt: now,
      },
      select: caseSelect,
    });
    if (reporter) await tx.reporter.create({ data: { caseId: created.id, ...reporter } });
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
        channel: opts.channel ?? 'STAFF',
      },
    });
    await opts.afterCreate?.(tx, created);
    return created;
  }, TX_OPTIONS);
  return { row, trackingCode };
}

async function reporterFor(prisma: PrismaClient, input: TCreateCaseRequest, actor: Actor) {
  if (actor.kind === 'user' && actor.role === 'SUPERVISOR') {
    const me = await prisma.user.findUnique({ where: { id: actor.id }, select: { displayName: true } });
    return { name: me?.displayName ?? null, phone: null, anonymous: false, userId: actor.id };
  }
  if (!input.reporter) return null;
  const anonymous = input.reporter.anonymous === true;
  return {
    name: input.reporter.name || null,
    phone: input.reporter.phone ?? null,
    anonymous,
    userId: null,
  };
}
