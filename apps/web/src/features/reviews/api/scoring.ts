import {
  type TFindingRequest,
  type TReconcileRequest,
  type TSheetRequest,
  ZCaseReviewLink,
  ZFindingCreated,
  ZMySheets,
  ZReviewFile,
  ZSheet,
} from '@sp/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { reviewKeys } from './campaigns';

// Sheets, drawn files (reconciliation, findings), my tasks, and a case's review origin.

export function useSheet(id: string) {
  return useQuery({
    queryKey: ['reviews', 'sheet', id],
    queryFn: ({ signal }) =>
      request('GET', `/api/reviews/sheets/${encodeURIComponent(id)}`, ZSheet, { signal }),
  });
}

export function useMySheets() {
  return useQuery({
    queryKey: ['reviews', 'my-sheets'],
    queryFn: ({ signal }) => request('GET', '/api/reviews/my-sheets', ZMySheets, { signal }),
  });
}

export function useReviewFile(id: string) {
  return useQuery({
    queryKey: ['reviews', 'file', id],
    queryFn: ({ signal }) =>
      request('GET', `/api/reviews/files/${encodeURIComponent(id)}`, ZReviewFile, { signal }),
  });
}

export function useCaseReviewLink(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['reviews', 'case-link', caseId],
    queryFn: ({ signal }) =>
      request('GET', `/api/reviews/case-links/${encodeURIComponent(caseId)}`, ZCaseReviewLink, { signal }),
    enabled,
  });
}

function useReviewMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export const useSubmitSheet = () =>
  useReviewMutation(({ id, body }: { id: string; body: TSheetRequest }) =>
    request('PUT', `/api/reviews/sheets/${id}`, ZSheet, { body }),
  );

export const useReconcile = () =>
  useReviewMutation(({ id, body }: { id: string; body: TReconcileRequest }) =>
    request('POST', `/api/reviews/files/${id}/reconcile`, ZReviewFile, { body }),
  );

export const useOpenFinding = () =>
  useReviewMutation(({ id, body }: { id: string; body: TFindingRequest }) =>
    request('POST', `/api/reviews/files/${id}/finding`, ZFindingCreated, { body }),
  );
