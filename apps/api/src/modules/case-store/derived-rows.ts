import type { Actor, DerivedRow } from '@sp/domain';
import { insertCaseLink } from './case-links.ts';
import { type Db, updateCaseFields } from './case-store.repository.ts';
import type { DrawnNumber } from './document-numbers.ts';
import { answerOfficerAction, insertCaseCircular, insertOfficerAction } from './officer-actions.ts';

type Written = { caseId: string; actor: Actor; drawn: DrawnNumber | null };

/** Writes the rows an action derived (domain: Effect.derived) beside the case and its event. */
export async function writeDerivedRows(db: Db, rows: DerivedRow[], { caseId, actor, drawn }: Written) {
  for (const row of rows) {
    switch (row.kind) {
      case 'notice': {
        if (!drawn || actor.kind !== 'user') throw new Error('a notice needs its drawn number and a signer');
        const { notice } = row;
        await db.notice.create({
          data: {
            caseId,
            year: drawn.year,
            seq: drawn.seq,
            number: notice.number,
            instrument: notice.instrument,
            issuedAt: new Date(notice.issuedAt),
            issuedById: actor.id,
            findings: notice.findings,
            legalBasis: notice.legalBasis,
            requiredRectification: notice.requiredRectification,
            deadlineWorkingDays: notice.deadlineWorkingDays,
            deadlineCalendarDays: notice.deadlineCalendarDays,
          },
        });
        break;
      }
      case 'caseFields':
        await updateCaseFields(db, caseId, row.fields);
        break;
      case 'officerAction':
        await insertOfficerAction(db, caseId, row.action, actor);
        break;
      case 'officerActionAnswer':
        await answerOfficerAction(db, caseId, row.action, { actor, text: row.reason });
        break;
      case 'caseLink':
        await insertCaseLink(db, caseId, row, actor);
        break;
      case 'circular':
        await insertCaseCircular(db, caseId, row, actor);
        break;
    }
  }
}
