import {
  type TCreateCircularRequest,
  type TUpdateCircularRequest,
  ZCircular,
  ZCircularList,
} from '@sp/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

const KEY = ['circulars'] as const;

export function useCirculars() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => request('GET', '/api/circulars', ZCircularList, { signal }),
  });
}

export function useCreateCircular() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateCircularRequest) => request('POST', '/api/circulars', ZCircular, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateCircular(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateCircularRequest) =>
      request('PATCH', `/api/circulars/${id}`, ZCircular, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useIssueCircular(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', `/api/circulars/${id}/issue`, ZCircular),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
