import { useEffect, useState } from 'react'

/** How long an answer may take before its loading cue shows; most come sooner. */
export const LOADING_CUE_DELAY_MS = 150

/**
 * True once `flag` has been true for `delayMs`, false as soon as it is false. For loading cues:
 * an answer that comes quickly shows no cue at all, so a fast change is never a flicker of
 * dimmed rows, and the page does not repaint twice for it.
 */
export function useDelayedFlag(flag: boolean, delayMs = LOADING_CUE_DELAY_MS): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => {
      clearTimeout(timer)
      setShown(false)
    }
  }, [flag, delayMs])
  return flag && shown
}
