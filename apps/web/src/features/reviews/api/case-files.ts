import {
  type TCaseFileInput,
  type TCaseFileQuery,
  ZCaseFile,
  ZPage,
  ZRegistryImportResult,
} from '@sp/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { uploadFile } from '../../../lib/upload-file';

const BASE = '/api/reviews/case-files';
export const CASE_FILE_TEMPLATE_URL = `${BASE}/import-template.xlsx`;
const caseFileKeys = { all: ['reviews', 'case-files'] as const };

export function useCaseFiles(query: Partial<TCaseFileQuery>) {
  return useQuery({
    queryKey: [...caseFileKeys.all, query],
    queryFn: ({ signal }) => request('GET', BASE, ZPage(ZCaseFile), { query, signal }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidating<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseFileKeys.all }),
  });
}

export const useCreateCaseFile = () =>
  useInvalidating((body: TCaseFileInput) => request('POST', BASE, ZCaseFile, { body }));
export const useImportCaseFiles = () =>
  useInvalidating((file: File) => uploadFile(`${BASE}/import`, file, ZRegistryImportResult));
