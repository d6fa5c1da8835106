import { ZRelatedCase } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

const ZRelatedCases = z.array(ZRelatedCase);

/** GET /api/cases/:id/related: merges and links, both directions, those the caller may see. */
export function getRelatedCases(id: string, signal?: AbortSignal) {
  return request('GET', `/api/cases/${encodeURIComponent(id)}/related`, ZRelatedCases, { signal });
}

export function useRelatedCases(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: caseKeys.relatedOf(id),
    queryFn: ({ signal }) => getRelatedCases(id, signal),
  });
}
