import type {
  FieldIssue,
  TAdminUnit,
  TCreateUnitRequest,
  TPage,
  TUnitListQuery,
  TUpdateUnitRequest,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { duplicate, notFound } from '../../lib/http-errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import {
  findUnitById,
  findUnitClashes,
  insertUnit,
  listUnits,
  unitOptions,
  updateUnit,
} from './units.repository.ts';

// 执法单位 as the administrator keeps them: a unique name, an optional unique 统一社会信用代码,
// and whether the unit takes new cases. Each write is one transaction; a clash is 409 DUPLICATE.

type Db = { prisma: PrismaClient };

const NAME_TAKEN = '已有同名单位 / a unit with this name exists';
const CODE_TAKEN = '该统一社会信用代码已被其他单位使用 / this credit code belongs to another unit';

function clashError(clash: { name: boolean; creditCode: boolean }) {
  const issues: FieldIssue[] = [];
  if (clash.name) issues.push({ path: 'name', message: NAME_TAKEN });
  if (clash.creditCode) issues.push({ path: 'creditCode', message: CODE_TAKEN });
  return issues.length > 0 ? duplicate(issues[0]!.message, issues) : null;
}

type Probe = { name?: string; creditCode?: string | null; exceptId?: string };

export function createUnitsService({ prisma }: Db) {
  /** A unique index refused the write after the check passed: a concurrent admin won. */
  const raceError = (probe: Probe) => async (error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
    throw clashError(await findUnitClashes(prisma, probe)) ?? duplicate(NAME_TAKEN);
  };

  return {
    async list(query: TUnitListQuery): Promise<TPage<TAdminUnit>> {
      const { items, total } = await listUnits(prisma, query);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    async create(body: TCreateUnitRequest): Promise<TAdminUnit> {
      const probe = { name: body.name, creditCode: body.creditCode ?? null };
      return prisma
        .$transaction(async (tx) => {
          const clash = clashError(await findUnitClashes(tx, probe));
          if (clash) throw clash;
          return insertUnit(tx, { ...probe, active: body.active });
        }, TX_OPTIONS)
        .catch(raceError(probe));
    },

    async update(id: string, body: TUpdateUnitRequest): Promise<TAdminUnit> {
      const probe = { name: body.name, creditCode: body.creditCode, exceptId: id };
      return prisma
        .$transaction(async (tx) => {
          if (!(await findUnitById(tx, id))) throw notFound('单位不存在 / no such unit');
          const clash = clashError(await findUnitClashes(tx, probe));
          if (clash) throw clash;
          return updateUnit(tx, id, body);
        }, TX_OPTIONS)
        .catch(raceError(probe));
    },

    /** The signed-in pickers: every unit, or only those that take new cases. */
    options(activeOnly: boolean) {
      return unitOptions(prisma, activeOnly);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
