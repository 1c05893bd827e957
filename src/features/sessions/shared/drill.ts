import { applySearchChange, searchToUrl, type SessionsSearch } from '../search-params.ts'

/**
 * Where each drill leads, as pure functions of the current search, so the links are real
 * `href`s (middle-click and "open in new tab" work) and unit-testable. Drills keep the other
 * filters and go back to page 1 (the one rule in `applySearchChange`).
 */
export type ListFilterName = 'tags' | 'domains'

export function listHref(search: SessionsSearch, change: Partial<SessionsSearch>): string {
  return `/${searchToUrl(applySearchChange(search, change))}`
}

// A page of rows asks for the same few drills many times (one key link per row, the same tags
// on many rows), and the next page of the same search asks for most of them again: drills lead
// to page 1 whatever the page, so they are cached per search without its page.
const MAX_CACHED_HREFS = 2_000
const cachedHrefs = new Map<string, string>()
const pagelessKeys = new WeakMap<SessionsSearch, string>()

function cachedDrill(search: SessionsSearch, drill: string, build: () => string): string {
  let pageless = pagelessKeys.get(search)
  if (pageless === undefined) {
    pageless = searchToUrl({ ...search, page: 1 })
    pagelessKeys.set(search, pageless)
  }
  const key = `${pageless}\n${drill}`
  let href = cachedHrefs.get(key)
  if (href === undefined) {
    if (cachedHrefs.size >= MAX_CACHED_HREFS) cachedHrefs.clear()
    href = build()
    cachedHrefs.set(key, href)
  }
  return href
}

/** Adds a value to a list filter (all must match), keeping the values already there. */
export function addToListHref(search: SessionsSearch, name: ListFilterName, value: string) {
  return cachedDrill(search, `add\n${name}\n${value}`, () => {
    const current = search[name]
    return listHref(search, { [name]: current.includes(value) ? current : [...current, value] })
  })
}

/** Narrows a list filter to this one value, dropping the others of the same filter. */
export function onlyInListHref(search: SessionsSearch, name: ListFilterName, value: string) {
  return listHref(search, { [name]: [value] })
}

export const batchHref = (search: SessionsSearch, batchId: string) =>
  cachedDrill(search, `batch\n${batchId}`, () => listHref(search, { batch_id: batchId }))

export const profileHref = (search: SessionsSearch, profileName: string) =>
  cachedDrill(search, `profile\n${profileName}`, () =>
    listHref(search, { profile_name: profileName }),
  )

export function sessionHref(id: string): string {
  return `/sessions/${encodeURIComponent(id)}`
}
