/**
 * The performance mark put once the rows of a list URL have been painted, for real-user
 * monitoring and bench/. Its detail is the URL's query string, so a reader can tell which
 * change the rows answer. No React here: the entry script puts the first one.
 */
export const ROWS_VISIBLE_MARK = 'sessions:rows-visible'

/** The URL whose server-rendered rows the entry script marked, until the table hydrates them. */
let markedBeforeHydration: string | null = null

export function markRowsVisible(search: string): void {
  if (markedBeforeHydration === search) {
    // The same rows, now hydrated: they were on screen (and marked) long before.
    markedBeforeHydration = null
    return
  }
  markedBeforeHydration = null
  performance.mark(ROWS_VISIBLE_MARK, { detail: search })
}

/** The URL of the rows the server rendered into the page, or null if it rendered none. */
export function serverRenderedRows(document: Document): string | null {
  return document.querySelector('[data-session-rows] tr') ? window.location.search : null
}

/** Marks the server-rendered rows of `search` as painted (see serverRenderedRows). */
export function markRowsPainted(search: string): void {
  markedBeforeHydration = search
  performance.mark(ROWS_VISIBLE_MARK, { detail: search })
}
