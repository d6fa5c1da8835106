import { type Actor, canViewCase } from '@sp/domain';
import { notFound } from '../../lib/http-errors.ts';
import type { CaseRow } from './case-record.ts';
import { snapshotOf } from './case-record.ts';
import { type Db, findCase } from './case-store.repository.ts';

/** A case `actor` may see; out of scope and missing look the same (404), never revealing it exists. */
export async function findVisibleCase(db: Db, id: string, actor: Actor): Promise<CaseRow> {
  const row = await findCase(db, id);
  if (!row || !canViewCase(snapshotOf(row), actor)) throw caseNotFound();
  return row;
}

export const caseNotFound = () => notFound('未找到该案件 / case not found');
