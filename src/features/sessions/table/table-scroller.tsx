import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/**
 * The table's sideways scroll, with a visible cue (a shade on the edge, and a word for screen
 * readers) while columns lie beyond the right edge: without it, columns past the box are
 * easy to miss.
 */
export function TableScroller({ children }: { children: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null)
  const [moreRight, setMoreRight] = useState(false)

  useLayoutEffect(() => {
    const box = scroller.current
    if (!box) return
    const measure = () => setMoreRight(box.scrollLeft + box.clientWidth < box.scrollWidth - 1)
    measure()
    // The box and the table change size with the window, the columns shown and their widths.
    // (Guarded for environments without it, such as the unit tests' DOM.)
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    observer?.observe(box)
    if (box.firstElementChild) observer?.observe(box.firstElementChild)
    box.addEventListener('scroll', measure, { passive: true })
    return () => {
      observer?.disconnect()
      box.removeEventListener('scroll', measure)
    }
  }, [])

  return (
    <div className="relative">
      <div ref={scroller} className="overflow-x-auto" data-more-right={moreRight || undefined}>
        {children}
      </div>
      {moreRight ? (
        <div
          data-scroll-cue
          className="pointer-events-none absolute inset-y-0 right-0 z-20 flex w-10 items-center justify-end bg-gradient-to-l from-slate-900/15 to-transparent dark:from-black/50"
        >
          <span className="sr-only">More columns to the right: scroll sideways.</span>
        </div>
      ) : null}
    </div>
  )
}
