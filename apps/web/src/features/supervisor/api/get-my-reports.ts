import { ZMyReport, ZPage } from '@sp/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

const ZMyReportPage = ZPage(ZMyReport);

export function getMyReports(page: number, pageSize: number, signal?: AbortSignal) {
  return request('GET', '/api/my/reports', ZMyReportPage, { query: { page, pageSize }, signal });
}

export function useMyReports(page: number, pageSize = 10) {
  return useQuery({
    queryKey: ['my-reports', page, pageSize],
    queryFn: ({ signal }) => getMyReports(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
