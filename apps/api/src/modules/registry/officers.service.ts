import {
  effectiveOfficerStatus,
  shanghaiDate,
  type TOfficer,
  type TOfficerInput,
  type TOfficerListQuery,
  type TOfficerStatusRequest,
  type TOfficerUpdate,
  type TPublicOfficer,
  type TPublicOfficerQuery,
  type UserActor,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, duplicate, notFound, unprocessable } from '../../lib/http-errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import {
  findOfficer,
  findOfficersForPublic,
  insertOfficer,
  listOfficers,
  type OfficerRow,
  officerHistory,
  recordStatusChanges,
  setOfficerStatusIf,
  storedStatusOf,
  unitExists,
  updateOfficer,
  userNames,
} from './officers.repository.ts';
import { fromDbDate, toDbDate } from './registry-dates.ts';

// 执法人员: the admin keeps them; anyone may look one up by certificate (public fields only).

type Deps = { prisma: PrismaClient; clock: Clock };

const certificateTaken = (no: string) =>
  duplicate(`执法证号 ${no} 已登记 / certificate number already registered`, [
    { path: 'certificateNo', message: '执法证号已存在 / already registered' },
  ]);
const unknownUnit = () =>
  unprocessable('所选执法主体不存在 / unknown body', [
    { path: 'unitId', message: '执法主体不存在 / unknown body' },
  ]);

export function createOfficersService({ prisma, clock }: Deps) {
  const today = () => shanghaiDate(clock.now());

  function toView(row: OfficerRow): TOfficer {
    const facts = {
      status: row.status,
      validFrom: fromDbDate(row.validFrom),
      validUntil: fromDbDate(row.validUntil),
    };
    return {
      id: row.id,
      name: row.name,
      unitId: row.unitId,
      unitName: row.unit.name,
      certificateNo: row.certificateNo,
      fields: row.fields,
      ...facts,
      storedStatus: row.status,
      status: effectiveOfficerStatus(facts, today()),
      idCardNo: row.idCardNo,
      phone: row.phone,
      note: row.note,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async function getRow(id: string) {
    const row = await findOfficer(prisma, id);
    if (!row) throw notFound('未找到该执法人员 / officer not found');
    return row;
  }

  return {
    async list(query: TOfficerListQuery) {
      const { items, total } = await listOfficers(prisma, query, today(), query.page, query.pageSize);
      return { items: items.map(toView), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string) {
      return toView(await getRow(id));
    },

    /** Registers an officer and the first line of their status history, in one transaction. */
    async create(input: TOfficerInput, actor: UserActor): Promise<TOfficer> {
      if (!(await unitExists(prisma, input.unitId))) throw unknownUnit();
      const now = clock.now();
      try {
        const row = await prisma.$transaction(async (tx) => {
          const created = await insertOfficer(tx, {
            ...input,
            validFrom: toDbDate(input.validFrom),
            validUntil: toDbDate(input.validUntil),
            updatedAt: now,
          });
          await recordStatusChanges(tx, [
            {
              officerId: created.id,
              toStatus: 'VALID',
              reason: '登记 / registered',
              changedById: actor.id,
              at: now,
            },
          ]);
          return created;
        }, TX_OPTIONS);
        return toView(await getRow(row.id));
      } catch (error) {
        if (isUniqueViolation(error)) throw certificateTaken(input.certificateNo);
        throw error;
      }
    },

    async update(id: string, input: TOfficerUpdate): Promise<TOfficer> {
      const current = await getRow(id);
      if (input.unitId && !(await unitExists(prisma, input.unitId))) throw unknownUnit();
      const validFrom = input.validFrom ?? fromDbDate(current.validFrom);
      const validUntil = input.validUntil ?? fromDbDate(current.validUntil);
      if (validFrom > validUntil)
        throw unprocessable('有效期截止日不能早于起始日 / validUntil before validFrom', [
          { path: 'validUntil', message: '早于起始日 / before validFrom' },
        ]);
      try {
        await updateOfficer(prisma, id, {
          ...input,
          validFrom: toDbDate(validFrom),
          validUntil: toDbDate(validUntil),
          updatedAt: clock.now(),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw certificateTaken(input.certificateNo ?? '');
        throw error;
      }
      return toView(await getRow(id));
    },

    /** 暂扣 / 恢复 / 注销: the stored decision and its history row, in one transaction. */
    async changeStatus(id: string, body: TOfficerStatusRequest, actor: UserActor): Promise<TOfficer> {
      const now = clock.now();
      await prisma.$transaction(async (tx) => {
        const current = await storedStatusOf(tx, id);
        if (!current) throw notFound('未找到该执法人员 / officer not found');
        if ((await setOfficerStatusIf(tx, id, current, body.status, now)) === 0)
          throw conflict('状态刚被他人修改，请刷新 / the status was just changed; reload');
        await recordStatusChanges(tx, [
          {
            officerId: id,
            fromStatus: current,
            toStatus: body.status,
            reason: body.reason,
            changedById: actor.id,
            at: now,
          },
        ]);
      }, TX_OPTIONS);
      return toView(await getRow(id));
    },

    async history(id: string) {
      await getRow(id);
      const rows = await officerHistory(prisma, id);
      const names = await userNames(
        prisma,
        rows.flatMap((r) => (r.changedById ? [r.changedById] : [])),
      );
      return rows.map((r) => ({
        id: String(r.id),
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        reason: r.reason,
        changedBy: r.changedById ? { id: r.changedById, displayName: names.get(r.changedById) ?? '' } : null,
        at: r.at.toISOString(),
      }));
    },

    /** Only the public fields leave here (the response schema is strict as well). */
    async lookupPublic(query: TPublicOfficerQuery): Promise<TPublicOfficer[]> {
      const by = query.certificateNo
        ? { certificateNo: query.certificateNo }
        : { name: query.name ?? '', unitId: query.unitId ?? '' };
      const rows = await findOfficersForPublic(prisma, by);
      return rows.map((r) => {
        const facts = {
          status: r.status,
          validFrom: fromDbDate(r.validFrom),
          validUntil: fromDbDate(r.validUntil),
        };
        return {
          name: r.name,
          unitName: r.unit.name,
          certificateNo: r.certificateNo,
          fields: r.fields,
          validUntil: facts.validUntil,
          status: effectiveOfficerStatus(facts, today()),
        };
      });
    },
  };
}

export type OfficersService = ReturnType<typeof createOfficersService>;
