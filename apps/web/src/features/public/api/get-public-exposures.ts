import { ZPage, ZPublicExposure } from '@sp/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** 曝光台: the public 通报, newest first (GET /api/public/exposures, no login). */
export function usePublicExposures(page: number, pageSize = 10) {
  return useQuery({
    queryKey: ['public', 'exposures', page, pageSize],
    queryFn: ({ signal }) =>
      request('GET', '/api/public/exposures', ZPage(ZPublicExposure), { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
