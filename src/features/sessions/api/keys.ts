/** Every query key of the sessions feature, so no call site types one by hand. */
export const sessionKeys = {
  all: ['sessions'] as const,
  /** `apiQuery` is `encodeSearch(search, 'api')` as a string: the request itself. */
  page: (apiQuery: string) => ['sessions', 'page', apiQuery] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
  recordings: (id: string) => ['sessions', 'recordings', id] as const,
}
