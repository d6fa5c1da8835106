import { type TRegistryBodyUpdate, ZRegistryBodies, ZRegistryBody } from '@sp/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

const bodyKeys = { all: ['registry', 'bodies'] as const };

export function useBodies() {
  return useQuery({
    queryKey: bodyKeys.all,
    queryFn: ({ signal }) => request('GET', '/api/admin/registry/bodies', ZRegistryBodies, { signal }),
  });
}

export function useSaveBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: TRegistryBodyUpdate }) =>
      request('PUT', `/api/admin/registry/bodies/${unitId}`, ZRegistryBody, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bodyKeys.all }),
  });
}
