import type { TCase } from '@sp/domain';
import type { NoticeContent } from './notice-document';

/** The notice to show for a case: the issued one, else (inside the center) the draft. */
export function noticeContentOf(c: TCase): NoticeContent | null {
  const dueAt = c.deadline?.dueAt ?? c.dueAt;
  if (c.notice) return { ...c.notice, unitName: c.unitName, dueAt };
  if (c.draftNotice)
    return { ...c.draftNotice, number: null, issuedAt: null, unitName: c.unitName, dueAt: null };
  return null;
}
