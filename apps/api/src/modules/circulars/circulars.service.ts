import {
  type Actor,
  type CircularStatus,
  canDraftCircular,
  canIssueCircular,
  circularCounterKey,
  circularNumber,
  circularPeriod,
  draftCircular,
  isCircularEditable,
  shanghaiDate,
  type TCircular,
  type TCreateCircularRequest,
  type TUpdateCircularRequest,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden, notFound, unprocessable } from '../../lib/http-errors.ts';
import { nextCounterValue } from '../case-store/case-store.repository.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { readProfile } from '../office-profile/office-profile.repository.ts';
import type { StatsService } from '../stats/stats.service.ts';
import {
  findCircular,
  insertCircular,
  listCirculars,
  lockCircular,
  toCircular,
  updateCircular,
} from './circulars.repository.ts';

const frozen = () =>
  unprocessable('通报已印发，不能修改 / the circular has been issued and cannot change', [], 'WRONG_STATE');

/** 通报: drafted from the period's statistics, edited, issued (numbered, frozen) by the director. */
export function createCircularsService({
  prisma,
  clock,
  stats,
}: {
  prisma: PrismaClient;
  clock: Clock;
  stats: StatsService;
}) {
  function guard(actor: Actor) {
    if (!canDraftCircular(actor)) throw forbidden();
  }
  return {
    async create(actor: Actor, req: TCreateCircularRequest): Promise<TCircular> {
      guard(actor);
      const period = circularPeriod(req.kind, req.year, req.part);
      const [figures, profile] = await Promise.all([stats.get(actor, period), readProfile(prisma)]);
      const { title, body } = draftCircular({ ...req, authorityName: profile.authorityName, stats: figures });
      const now = clock.now();
      const row = await insertCircular(prisma, {
        kind: req.kind,
        year: req.year,
        part: req.part,
        periodFrom: new Date(`${period.from}T00:00:00Z`),
        periodTo: new Date(`${period.to}T00:00:00Z`),
        authorityName: profile.authorityName,
        title,
        body,
        status: 'DRAFT',
        createdById: actor.kind === 'user' ? actor.id : '',
        createdAt: now,
        updatedAt: now,
      });
      return toCircular(row);
    },

    async update(actor: Actor, id: string, req: TUpdateCircularRequest): Promise<TCircular> {
      guard(actor);
      return prisma.$transaction(async (tx) => {
        const row = await lockCircular(tx, id);
        if (!row) throw notFound();
        if (!isCircularEditable(row.status as CircularStatus)) throw frozen();
        return toCircular(
          await updateCircular(tx, id, {
            ...(req.title !== undefined ? { title: req.title } : {}),
            ...(req.body !== undefined ? { body: req.body } : {}),
            updatedAt: clock.now(),
          }),
        );
      }, TX_OPTIONS);
    },

    async issue(actor: Actor, id: string): Promise<TCircular> {
      guard(actor);
      if (!canIssueCircular(actor))
        throw forbidden('只有主任可以印发通报 / only the director issues a circular');
      return prisma.$transaction(async (tx) => {
        const row = await lockCircular(tx, id);
        if (!row) throw notFound();
        if (!isCircularEditable(row.status as CircularStatus)) throw frozen();
        const now = clock.now();
        const year = Number(shanghaiDate(now).slice(0, 4));
        const seq = await nextCounterValue(tx, circularCounterKey(year));
        return toCircular(
          await updateCircular(tx, id, {
            status: 'ISSUED',
            number: circularNumber(year, seq),
            issuedAt: now,
            issuedById: actor.kind === 'user' ? actor.id : null,
            updatedAt: now,
          }),
        );
      }, TX_OPTIONS);
    },

    async list(actor: Actor): Promise<TCircular[]> {
      guard(actor);
      return (await listCirculars(prisma)).map(toCircular);
    },

    async get(actor: Actor, id: string): Promise<TCircular> {
      guard(actor);
      const row = await findCircular(prisma, id);
      if (!row) throw notFound();
      return toCircular(row);
    },
  };
}

export type CircularsService = ReturnType<typeof createCircularsService>;
