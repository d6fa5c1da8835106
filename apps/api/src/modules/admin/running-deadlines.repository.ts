import type { PrismaClient } from '../../generated/prisma/client.ts';
import { caseSelect } from '../case-store/case-record.ts';

// Cases whose deadline clock runs (only they have a due date): what a calendar change can move.
export function findRunningDeadlines(db: Pick<PrismaClient, 'case'>) {
  return db.case.findMany({ where: { dueAt: { not: null } }, select: caseSelect, orderBy: { dueAt: 'asc' } });
}
