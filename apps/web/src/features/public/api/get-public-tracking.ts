import { ZPublicTracking } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export function getPublicTracking(code: string, signal?: AbortSignal) {
  return request('GET', `/api/public/reports/${encodeURIComponent(code)}`, ZPublicTracking, { signal });
}

export function usePublicTracking(code: string | null) {
  return useQuery({
    queryKey: ['public', 'tracking', code],
    queryFn: ({ signal }) => getPublicTracking(code ?? '', signal),
    enabled: code !== null && code !== '',
  });
}
