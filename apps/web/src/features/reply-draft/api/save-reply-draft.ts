import { type TReplyDraft, ZReplyDraftView } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { replyDraftKey } from './get-reply-draft';

export function saveReplyDraft({ caseId, draft }: { caseId: string; draft: TReplyDraft }) {
  return request('PUT', `/api/cases/${encodeURIComponent(caseId)}/reply-draft`, ZReplyDraftView, {
    body: draft,
  });
}

export function useSaveReplyDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReplyDraft,
    onSuccess: (saved, { caseId }) => queryClient.setQueryData(replyDraftKey(caseId), saved),
  });
}
