import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import type { FilterValues, SelectFilter } from '../../components/filter-bar';

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

/** The 状态 filter both lists have: 在用 / 已停用. */
export function activeFilter(t: TFunction): SelectFilter {
  return {
    name: 'active',
    label: t('administration.filters.status'),
    anyLabel: t('administration.filters.allStatus'),
    options: [
      { value: 'true', label: t('administration.status.active') },
      { value: 'false', label: t('administration.status.inactive') },
    ],
  };
}

/** `?active=true|false` from the URL as the API's filter (anything else: no filter). */
export const activeParam = (value: string | undefined) =>
  value === undefined ? undefined : value === 'true';
