import { ZStats } from '@sp/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export type StatsPeriod = { from: string; to: string } | null;

const query = (period: StatsPeriod) =>
  period ? `?${new URLSearchParams({ from: period.from, to: period.to }).toString()}` : '';

export function getStats(period: StatsPeriod, signal?: AbortSignal) {
  return request('GET', `/api/stats${query(period)}`, ZStats, { signal });
}

/** The statistics of a period of registration dates (null: all time). */
export function useStats(period: StatsPeriod = null) {
  return useQuery({
    queryKey: ['stats', period],
    queryFn: ({ signal }) => getStats(period, signal),
    placeholderData: keepPreviousData,
  });
}

/** Where the period's statistics download as .xlsx. */
export const statsExportUrl = (period: StatsPeriod) => `/api/stats/export.xlsx${query(period)}`;
