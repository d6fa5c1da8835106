import { ZCaseDocument } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api-client';

const ZCaseDocuments = z.array(ZCaseDocument);

/** Every instrument issued on the case, oldest first, each with its standing (已被替代…). */
export function getCaseDocuments(id: string, signal?: AbortSignal) {
  return request('GET', `/api/cases/${encodeURIComponent(id)}/documents`, ZCaseDocuments, { signal });
}

export function useCaseDocuments(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  // Under ['cases', …]: refreshed with the case by every live update and action.
  return useQuery({
    queryKey: ['cases', 'documents', id],
    queryFn: ({ signal }) => getCaseDocuments(id, signal),
    enabled,
  });
}
