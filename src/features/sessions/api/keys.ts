/** Every query key of the sessions feature, so no call site types one by hand. */
export const sessionKeys = {
  all: ['sessions'] as const,
  /** Every cached list page, whatever its search (for values seen so far). */
  pages: ['sessions', 'page'] as const,
  /** `apiQuery` is `encodeSearch(search, 'api')` as a string: the request itself. */
  page: (apiQuery: string) => ['sessions', 'page', apiQuery] as const,
  /**
   * Totals of everything the filters match. `walkQuery` is `walkFiltersQuery(search)`: the
   * filters alone in the walk's fixed paging, so every page and sort of a list shares one walk.
   */
  totals: (walkQuery: string) => ['sessions', 'totals', walkQuery] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
  recordings: (id: string) => ['sessions', 'recordings', id] as const,
  downloads: (id: string) => ['sessions', 'downloads', id] as const,
}
