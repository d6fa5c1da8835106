import {
  type TArrangementInput,
  type TCalendarDayUpdate,
  ZArrangementResult,
  ZCalendarPreview,
  ZCalendarUpdateResult,
} from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { calendarKeys } from './calendar-queries';

// A change is previewed first (the open deadlines it would move; nothing is written), then
// applied. Applying reloads the calendar and every case view (due dates may have moved).

export type DayChange = { date: string } & TCalendarDayUpdate;

export const previewDay = ({ date, ...body }: DayChange) =>
  request('POST', `/api/admin/calendar/${date}/preview`, ZCalendarPreview, { body });
export const applyDay = ({ date, ...body }: DayChange) =>
  request('PUT', `/api/admin/calendar/${date}`, ZCalendarUpdateResult, { body });
export const previewArrangement = (body: TArrangementInput) =>
  request('POST', '/api/admin/calendar/arrangements/preview', ZCalendarPreview, { body });
export const applyArrangement = (body: TArrangementInput) =>
  request('PUT', '/api/admin/calendar/arrangements', ZArrangementResult, { body });

function useApply<T, R>(fn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: calendarKeys.all }),
        client.invalidateQueries({ queryKey: ['cases'] }),
      ]),
  });
}

export const usePreviewDay = () => useMutation({ mutationFn: previewDay });
export const useApplyDay = () => useApply(applyDay);
export const usePreviewArrangement = () => useMutation({ mutationFn: previewArrangement });
export const useApplyArrangement = () => useApply(applyArrangement);
