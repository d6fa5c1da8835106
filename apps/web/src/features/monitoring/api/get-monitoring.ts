import { ZMonitoringBoard } from '@sp/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import type { StatsPeriod } from '../../stats/api/get-stats';

const query = (period: StatsPeriod) =>
  period ? `?${new URLSearchParams({ from: period.from, to: period.to }).toString()}` : '';

export function getMonitoring(period: StatsPeriod, signal?: AbortSignal) {
  return request('GET', `/api/monitoring${query(period)}`, ZMonitoringBoard, { signal });
}

/** The e-monitoring board; refetched every minute so the lights follow the clock. */
export function useMonitoring(period: StatsPeriod = null) {
  return useQuery({
    queryKey: ['monitoring', period],
    queryFn: ({ signal }) => getMonitoring(period, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
