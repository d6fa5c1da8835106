import type { ActionContext, ActionNeeds, CaseSnapshot, TOfficeProfile } from '@sp/domain';
import { findCitedAttachments } from './case-files.ts';
import type { Db } from './case-store.repository.ts';
import { type DrawnNumber, drawNumber } from './document-numbers.ts';

/**
 * Looks up, inside the action's transaction, what its row declared it needs (domain:
 * actionNeeds): the files it cites and a number from the case's series (the drafted
 * instrument's, with the office profile's prefix). Nothing is refused here; applyAction decides
 * with what it is given.
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
  const ctx: Pick<ActionContext, 'attachments' | 'documentNumber'> = {
    attachments: await findCitedAttachments(tx, caseId, needs.attachmentIds),
    ...(drawn ? { documentNumber: drawn.number } : {}),
  };
  return { ctx, drawn };
}
