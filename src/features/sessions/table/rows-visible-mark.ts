/**
 * The performance mark put once the rows of a list URL have been painted, for real-user
 * monitoring and bench/. Its detail is the URL's query string, so a reader can tell which
 * change the rows answer.
 */
export const ROWS_VISIBLE_MARK = 'sessions:rows-visible'

export function markRowsVisible(search: string): void {
  performance.mark(ROWS_VISIBLE_MARK, { detail: search })
}
