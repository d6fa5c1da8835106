import { useSearchParams } from 'react-router';
import type { FilterValues } from '../../components/filter-bar';

export const ADMIN_PAGE_SIZE = 20;

/** A list's filters and page, kept in the URL so a reload or a shared link shows the same list. */
export function useListParams(names: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const filters: FilterValues = Object.fromEntries(names.map((n) => [n, params.get(n) || undefined]));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (next: { filters?: FilterValues; page?: number }) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next.filters ?? filters)) if (value) search.set(key, value);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  return {
    filters,
    page,
    setFilters: (f: FilterValues) => update({ filters: f }),
    setPage: (p: number) => update({ page: p }),
  };
}
