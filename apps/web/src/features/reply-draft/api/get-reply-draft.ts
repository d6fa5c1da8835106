import { ZReplyDraftView } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { requestOptional } from '../../../lib/api-client';

export const replyDraftKey = (caseId: string) => ['cases', 'reply-draft', caseId] as const;

/** The unit's saved reply draft, or null (204) when none was saved yet. */
export function getReplyDraft(caseId: string, signal?: AbortSignal) {
  return requestOptional('GET', `/api/cases/${encodeURIComponent(caseId)}/reply-draft`, ZReplyDraftView, {
    signal,
  });
}

export function useReplyDraft(caseId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: replyDraftKey(caseId),
    queryFn: ({ signal }) => getReplyDraft(caseId, signal),
    staleTime: 0,
    ...options,
  });
}
