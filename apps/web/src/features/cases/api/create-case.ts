import { type TCreateCaseRequest, ZCase } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export function createCase(body: TCreateCaseRequest) {
  return request('POST', '/api/cases', ZCase, { body });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      void queryClient.invalidateQueries({ queryKey: ['my-reports'] });
    },
  });
}
