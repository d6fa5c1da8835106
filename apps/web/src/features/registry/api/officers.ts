import {
  type TOfficerInput,
  type TOfficerListQuery,
  type TOfficerStatusRequest,
  type TOfficerUpdate,
  ZOfficer,
  ZOfficerHistory,
  ZPage,
  ZRegistryImportResult,
} from '@sp/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { uploadFile } from '../../../lib/upload-file';

// /api/admin/registry/officers: list, register, edit, status decisions and their history, import.

const BASE = '/api/admin/registry/officers';
export const officerKeys = {
  all: ['registry', 'officers'] as const,
  list: (q: Partial<TOfficerListQuery>) => [...officerKeys.all, 'list', q] as const,
  history: (id: string) => [...officerKeys.all, 'history', id] as const,
};
export const OFFICER_TEMPLATE_URL = `${BASE}/import-template.xlsx`;

export function useOfficers(query: Partial<TOfficerListQuery>) {
  return useQuery({
    queryKey: officerKeys.list(query),
    queryFn: ({ signal }) => request('GET', BASE, ZPage(ZOfficer), { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficerHistory(id: string | null) {
  return useQuery({
    queryKey: officerKeys.history(id ?? ''),
    queryFn: ({ signal }) => request('GET', `${BASE}/${id}/history`, ZOfficerHistory, { signal }),
    enabled: id !== null,
  });
}

function useInvalidating<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.all }),
  });
}

export const useSaveOfficer = () =>
  useInvalidating(({ id, body }: { id: string | null; body: TOfficerInput | TOfficerUpdate }) =>
    id ? request('PATCH', `${BASE}/${id}`, ZOfficer, { body }) : request('POST', BASE, ZOfficer, { body }),
  );

export const useChangeOfficerStatus = () =>
  useInvalidating(({ id, body }: { id: string; body: TOfficerStatusRequest }) =>
    request('POST', `${BASE}/${id}/status`, ZOfficer, { body }),
  );

export const useImportOfficers = () =>
  useInvalidating((file: File) => uploadFile(`${BASE}/import`, file, ZRegistryImportResult));
