import { type TSimilarCasesQuery, ZSimilarCase } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

const ZSimilarCases = z.array(ZSimilarCase);

/** GET /api/cases/similar: possible duplicates of the same unit (center only). */
export function getSimilarCases(query: TSimilarCasesQuery, signal?: AbortSignal) {
  return request('GET', '/api/cases/similar', ZSimilarCases, { query, signal });
}

/** `value`, once it has stayed the same for `ms` (typing pauses). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export type SimilarDraft = { unitId: string; title: string; description: string; excludeId?: string };

/** Asks once the unit is chosen and a few characters of title or description are typed, 400 ms after the last keystroke. */
export function useSimilarCases(draft: SimilarDraft, enabled = true) {
  const settled = useDebounced(
    {
      unitId: draft.unitId,
      title: draft.title.trim().slice(0, 200),
      description: draft.description.trim().slice(0, 2000),
      ...(draft.excludeId ? { excludeId: draft.excludeId } : {}),
    },
    400,
  );
  const ready =
    enabled && settled.unitId !== '' && (settled.title.length >= 4 || settled.description.length >= 10);
  return useQuery({
    queryKey: caseKeys.similar(settled),
    queryFn: ({ signal }) => getSimilarCases(settled, signal),
    enabled: ready,
    staleTime: 30_000,
  });
}
