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

/** Adds a value to a list filter (all must match), keeping the values already there. */
export function addToListHref(search: SessionsSearch, name: ListFilterName, value: string) {
  const current = search[name]
  return listHref(search, { [name]: current.includes(value) ? current : [...current, value] })
}

/** Narrows a list filter to this one value, dropping the others of the same filter. */
export function onlyInListHref(search: SessionsSearch, name: ListFilterName, value: string) {
  return listHref(search, { [name]: [value] })
}

export const batchHref = (search: SessionsSearch, batchId: string) =>
  listHref(search, { batch_id: batchId })

export const profileHref = (search: SessionsSearch, profileName: string) =>
  listHref(search, { profile_name: profileName })

export function sessionHref(id: string): string {
  return `/sessions/${encodeURIComponent(id)}`
}
