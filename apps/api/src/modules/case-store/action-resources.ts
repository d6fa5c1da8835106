import type { ActionContext, ActionNeeds, CaseSnapshot, TOfficeProfile } from '@sp/domain';
import { findCitedAttachments } from './case-files.ts';
import { findTargetCase } from './case-links.ts';
import { type Db, findCaseFields, findUnitFound, findUserFound } from './case-store.repository.ts';
import { type DrawnNumber, drawNumber } from './document-numbers.ts';
import { findOfficersFound, findReporterMarks } from './officer-actions.ts';

/**
 * Looks up, inside the action's transaction, what its row declared it needs (domain:
 * actionNeeds): the files it cites, a number from the case's series (the drafted instrument's,
 * with the office profile's prefix), the case's particulars, the unit or user it names. Nothing
 * is refused here; applyAction decides with what it is given.
 */
export async function gatherActionResources(
  tx: Db,
  caseId: string,
  needs: ActionNeeds,
  { now, snap, profile }: { now: Date; snap: CaseSnapshot; profile: TOfficeProfile },
) {
  const drawn: DrawnNumber | null = needs.documentNumber
    ? await drawNumber(tx, needs.documentNumber(snap), now, profile)
    : null;
  const ctx: Pick<
    ActionContext,
    | 'attachments'
    | 'documentNumber'
    | 'caseFields'
    | 'unit'
    | 'assignee'
    | 'officers'
    | 'reporter'
    | 'caseId'
    | 'targetCase'
  > = {
    attachments: await findCitedAttachments(tx, caseId, needs.attachmentIds),
    ...(drawn ? { documentNumber: drawn.number } : {}),
    ...(needs.caseFields ? { caseFields: await findCaseFields(tx, caseId) } : {}),
    ...(needs.unitId ? { unit: await findUnitFound(tx, needs.unitId) } : {}),
    ...(needs.assigneeId ? { assignee: await findUserFound(tx, needs.assigneeId) } : {}),
    ...(needs.officerIds.length > 0 ? { officers: await findOfficersFound(tx, needs.officerIds) } : {}),
    ...(needs.reporter ? { reporter: await findReporterMarks(tx, caseId) } : {}),
    ...(needs.targetCase ? { caseId, targetCase: await findTargetCase(tx, caseId, needs.targetCase) } : {}),
  };
  return { ctx, drawn };
}
