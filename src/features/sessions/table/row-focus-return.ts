/**
 * Back from a session's page, the keyboard and the eyes should be where they left: on the row
 * that was opened. The list remembers which row it opened, for which list URL, and gives that
 * row the focus (which scrolls it into view) when it shows those rows again.
 */
let opened: { search: string; id: string } | null = null

/** A row's accessible name, which is also how the row is found again. */
export const rowLabel = (id: string) => `Session ${id}`

/** Called as a row opens its session in this tab. */
export function rememberOpenedRow(id: string): void {
  opened = { search: window.location.search, id }
}

/** Focuses the row opened from this list URL, if it is in `rows`, once; true if it did. */
export function returnFocusToOpenedRow(rows: HTMLElement | null): boolean {
  if (!opened || !rows || opened.search !== window.location.search) return false
  const label = rowLabel(opened.id)
  const row = [...rows.querySelectorAll<HTMLElement>('tr[aria-label]')].find(
    (candidate) => candidate.getAttribute('aria-label') === label,
  )
  if (!row) return false
  opened = null
  row.focus({ preventScroll: true })
  row.scrollIntoView({ block: 'center' })
  return true
}
