import { ZCalendarStatus, ZCalendarYearView } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export const calendarKeys = {
  all: ['calendar'] as const,
  status: ['calendar', 'status'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function getCalendarStatus(signal?: AbortSignal) {
  return request('GET', '/api/admin/calendar/status', ZCalendarStatus, { signal });
}

/** Which years are entered; which are missing now (next year from November on). */
export function useCalendarStatus(enabled = true) {
  return useQuery({
    queryKey: calendarKeys.status,
    queryFn: ({ signal }) => getCalendarStatus(signal),
    enabled,
  });
}

export function getCalendarYear(year: number, signal?: AbortSignal) {
  return request('GET', `/api/admin/calendar/years/${year}`, ZCalendarYearView, { signal });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => getCalendarYear(year, signal),
  });
}
