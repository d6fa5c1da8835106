import type { CaseListParams } from './query-keys';

/** Where the list, with these filters and without paging, downloads as .xlsx. */
export function casesExportUrl(params: CaseListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '' && key !== 'page' && key !== 'pageSize')
      search.set(key, String(value));
  const query = search.toString();
  return `/api/cases/export.xlsx${query ? `?${query}` : ''}`;
}
