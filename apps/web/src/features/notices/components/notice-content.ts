import { issuesNotice, type TCase, type TCaseEvent, type TNoticeDocument } from '@sp/domain';

/**
 * The due date the notice was issued with (recorded by the action that issued it). A later deadline — a
 * dismissed objection, a rejected report, an extension — does not rewrite the issued document.
 */
export function issuedDueAt(events: TCaseEvent[] | undefined): string | null {
  // The latest issue: a 决定书 issued after an ignored 意见书 is the case's current instrument.
  const dueAt = events?.findLast((e) => issuesNotice(e.action))?.data.dueAt;
  return typeof dueAt === 'string' ? dueAt : null;
}

/** The notice to show for a case: the issued one, else (inside the center) the draft. */
export function noticeContentOf(c: TCase, issued: string | null = null): TNoticeDocument | null {
  const dueAt = issued ?? c.deadline?.dueAt ?? c.dueAt;
  // A notice or draft has a unit: none is drafted while the unit is undetermined (UNIT_UNDETERMINED).
  const unitName = c.unitName ?? '';
  if (c.notice) return { ...c.notice, unitName, dueAt };
  if (c.draftNotice) {
    // The preview states the due date the server counted as of signing now: the issued wording.
    const { dueAtIfSignedNow, ...draft } = c.draftNotice;
    return {
      ...draft,
      standing: null,
      number: null,
      issuedAt: null,
      unitName,
      dueAt: dueAtIfSignedNow,
    };
  }
  return null;
}
