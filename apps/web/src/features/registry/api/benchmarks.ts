import { type TBenchmarkInput, type TBenchmarkQuery, ZBenchmark, ZPage } from '@sp/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

const benchmarkKeys = {
  all: ['registry', 'benchmarks'] as const,
  list: (q: Partial<TBenchmarkQuery>) => [...benchmarkKeys.all, q] as const,
};

/** The search the notice form will use too (GET /api/registry/benchmarks). */
export function useBenchmarks(query: Partial<TBenchmarkQuery>) {
  return useQuery({
    queryKey: benchmarkKeys.list(query),
    queryFn: ({ signal }) => request('GET', '/api/registry/benchmarks', ZPage(ZBenchmark), { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveBenchmark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TBenchmarkInput }) =>
      id
        ? request('PUT', `/api/admin/registry/benchmarks/${id}`, ZBenchmark, { body })
        : request('POST', '/api/admin/registry/benchmarks', ZBenchmark, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.all }),
  });
}
