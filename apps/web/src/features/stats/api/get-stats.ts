import { ZStats } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export function getStats(signal?: AbortSignal) {
  return request('GET', '/api/stats', ZStats, { signal });
}

export function useStats() {
  return useQuery({ queryKey: ['stats'], queryFn: ({ signal }) => getStats(signal) });
}
