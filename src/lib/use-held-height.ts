import { useLayoutEffect, useRef } from 'react'

/**
 * Keeps a box at least as tall as it last was while `hold` is true: a region whose content is
 * replaced by a shorter loading state for a moment (then by content as tall as before) would
 * otherwise pull everything below it up and push it down again. Heights are read by a
 * ResizeObserver, after layout, so no render forces one; the hold is set on the element itself.
 */
export function useHeldHeight<T extends HTMLElement>(hold: boolean) {
  const ref = useRef<T>(null)
  const lastHeight = useRef<number | null>(null)

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    if (hold && lastHeight.current !== null) element.style.minHeight = `${lastHeight.current}px`
    if (hold || typeof ResizeObserver === 'undefined') return
    element.style.minHeight = ''
    const observer = new ResizeObserver(([entry]) => {
      lastHeight.current = entry?.borderBoxSize[0]?.blockSize ?? lastHeight.current
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [hold])

  return ref
}
