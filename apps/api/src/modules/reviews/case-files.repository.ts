import type { CaseFileKind, TCaseFileInput, TCaseFileQuery } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { toDbDate } from '../registry/registry-dates.ts';

// Prisma only: case files registered for review (案卷).

type Db = Prisma.TransactionClient | PrismaClient;

export const caseFileSelect = {
  id: true,
  number: true,
  unitId: true,
  unit: { select: { name: true } },
  kind: true,
  decisionDate: true,
  attachments: true,
  createdAt: true,
} satisfies Prisma.CaseFileSelect;
export type CaseFileRow = Prisma.CaseFileGetPayload<{ select: typeof caseFileSelect }>;

export async function listCaseFiles(db: Db, query: TCaseFileQuery) {
  const where: Prisma.CaseFileWhereInput = {
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.q ? { number: { contains: query.q, mode: 'insensitive' } } : {}),
  };
  const [items, total] = await Promise.all([
    db.caseFile.findMany({
      where,
      select: caseFileSelect,
      orderBy: [{ decisionDate: 'desc' }, { number: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.caseFile.count({ where }),
  ]);
  return { items, total };
}

const dataOf = (input: TCaseFileInput) => ({ ...input, decisionDate: toDbDate(input.decisionDate) });

export const createCaseFile = (db: Db, input: TCaseFileInput) =>
  db.caseFile.create({ data: dataOf(input), select: caseFileSelect });

export const createCaseFiles = (db: Db, inputs: TCaseFileInput[]) =>
  db.caseFile.createMany({ data: inputs.map(dataOf) });

export const existingFileNumbers = async (db: Db, keys: { unitId: string; number: string }[]) =>
  new Set(
    (await db.caseFile.findMany({ where: { OR: keys }, select: { unitId: true, number: true } })).map(
      (f) => `${f.unitId}\u001f${f.number}`,
    ),
  );

/** The files a campaign's scope covers: its units, decided within its period, of its kinds. */
export const filesInScope = (
  db: Db,
  scope: { unitIds: string[]; periodFrom: Date; periodTo: Date; fileKinds: CaseFileKind[] },
) =>
  db.caseFile.findMany({
    where: {
      unitId: { in: scope.unitIds },
      decisionDate: { gte: scope.periodFrom, lte: scope.periodTo },
      ...(scope.fileKinds.length > 0 ? { kind: { in: scope.fileKinds } } : {}),
    },
    select: { id: true, number: true, unitId: true },
  });
