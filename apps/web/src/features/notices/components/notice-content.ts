import type { TCase, TCaseEvent } from '@sp/domain';
import type { NoticeContent } from './notice-document';

/**
 * The due date the notice was issued with (recorded by approve_notice). A later deadline — a
 * dismissed objection, a rejected report, an extension — does not rewrite the issued document.
 */
export function issuedDueAt(events: TCaseEvent[] | undefined): string | null {
  const dueAt = events?.find((e) => e.action === 'approve_notice')?.data.dueAt;
  return typeof dueAt === 'string' ? dueAt : null;
}

/** The notice to show for a case: the issued one, else (inside the center) the draft. */
export function noticeContentOf(c: TCase, issued: string | null = null): NoticeContent | null {
  const dueAt = issued ?? c.deadline?.dueAt ?? c.dueAt;
  if (c.notice) return { ...c.notice, unitName: c.unitName, dueAt };
  if (c.draftNotice)
    return { ...c.draftNotice, number: null, issuedAt: null, unitName: c.unitName, dueAt: null };
  return null;
}
