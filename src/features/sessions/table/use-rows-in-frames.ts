import { useEffect, useState } from 'react'
import { afterNextPaint } from '../../../lib/after-next-paint.ts'

/** A page of up to this many rows (the default page size) comes whole, in one frame. */
export const WHOLE_PAGE_ROWS = 20
/** A longer page comes this many rows per frame. */
export const ROWS_PER_FRAME = 10

const firstStep = (rows: number) => (rows <= WHOLE_PAGE_ROWS ? rows : ROWS_PER_FRAME)

/** How many painted frames a page of `rows` rows takes to show whole. */
export const framesToShowRows = (rows: number) =>
  rows <= WHOLE_PAGE_ROWS ? 1 : Math.ceil(rows / ROWS_PER_FRAME)

/**
 * How many of a page's rows to render now. The browser styles, lays out and paints new rows in
 * one task; for 50 rows that task alone took 50-150 ms on the bench machine, long enough to
 * make typing stutter. A long page therefore comes in steps of ROWS_PER_FRAME rows, one per
 * painted frame, the top rows (the ones in view) first. Ten rows a frame keep each task near
 * the 50 ms a keystroke can wait (20 rows a frame measured 60-100 ms there); a page of 20 rows
 * is shown at once, since a second frame would only delay its last rows. The same rows
 * rendered again (a placeholder dimmed while the next page loads, a column shown) come whole.
 */
export function useRowsInFrames(rows: readonly unknown[]): number {
  const [shown, setShown] = useState({ rows, count: firstStep(rows.length) })
  let count = shown.count
  if (shown.rows !== rows) {
    // A new page: start again from its top (state adjusted during render, no extra commit).
    count = firstStep(rows.length)
    setShown({ rows, count })
  }

  useEffect(() => {
    if (count >= rows.length) return
    return afterNextPaint(() => setShown({ rows, count: count + ROWS_PER_FRAME }))
  }, [rows, count])

  return Math.min(count, rows.length)
}
