import { type ActionName, ZCase } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { caseKeys } from './query-keys';

export type PerformActionInput = {
  caseId: string;
  action: ActionName;
  /** The version the user was looking at; the server answers 409 if the case moved on since. */
  version: number;
  payload: Record<string, unknown>;
};

export function performAction({ caseId, action, version, payload }: PerformActionInput) {
  return request('POST', `/api/cases/${encodeURIComponent(caseId)}/actions`, ZCase, {
    body: { ...payload, action, version },
  });
}

export function usePerformAction() {
  const queryClient = useQueryClient();
  const refresh = (caseId: string) => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseKeys.events(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: caseKeys.related() });
    void queryClient.invalidateQueries({ queryKey: ['stats'] });
  };
  return useMutation({
    mutationFn: performAction,
    onSuccess: (updated, { caseId }) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      refresh(caseId);
    },
    onError: (error, { caseId }) => {
      // 409: someone else changed the case. Reload it so the user sees what changed and acts
      // on the current version; 422 likewise means our picture of the case was out of date.
      if (isApiError(error) && (error.status === 409 || error.status === 422)) refresh(caseId);
    },
  });
}
