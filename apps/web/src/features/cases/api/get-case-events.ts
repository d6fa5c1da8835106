import { ZCaseEvent } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

const ZCaseEvents = z.array(ZCaseEvent);

export function getCaseEvents(id: string, signal?: AbortSignal) {
  return request('GET', `/api/cases/${encodeURIComponent(id)}/events`, ZCaseEvents, { signal });
}

export function useCaseEvents(id: string) {
  return useQuery({ queryKey: caseKeys.events(id), queryFn: ({ signal }) => getCaseEvents(id, signal) });
}
