import type { TCircular } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../case-store/case-store.repository.ts';

// Prisma only: the 通报 rows. What may change and who may issue is the domain's (circulars/).

type Row = Prisma.CircularGetPayload<object>;

export function toCircular(row: Row): TCircular {
  return {
    id: row.id,
    kind: row.kind as TCircular['kind'],
    year: row.year,
    part: row.part,
    periodFrom: row.periodFrom.toISOString().slice(0, 10),
    periodTo: row.periodTo.toISOString().slice(0, 10),
    authorityName: row.authorityName,
    title: row.title,
    body: row.body,
    status: row.status as TCircular['status'],
    number: row.number,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const insertCircular = (db: Db, data: Prisma.CircularUncheckedCreateInput) =>
  db.circular.create({ data });

export const findCircular = (db: Db, id: string) => db.circular.findUnique({ where: { id } });

/** The row, locked until the transaction ends (an edit and an issue never overlap). */
export async function lockCircular(db: Db, id: string) {
  await db.$queryRaw`SELECT id FROM circulars WHERE id = ${id}::uuid FOR UPDATE`;
  return findCircular(db, id);
}

export const updateCircular = (db: Db, id: string, data: Prisma.CircularUncheckedUpdateInput) =>
  db.circular.update({ where: { id }, data });

/** Issued first (newest issue first), then drafts (newest first). */
export const listCirculars = (db: Db) =>
  db.circular.findMany({ orderBy: [{ issuedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }] });
