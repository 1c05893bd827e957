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
    let fired = false
    const timer = setTimeout(() => {
      fired = true
      setShown(true)
    }, delayMs)
    return () => {
      clearTimeout(timer)
      // Only a cue that showed is taken down: setting false again would render the caller
      // (the whole table region) once more for nothing, after every quick answer.
      if (fired) setShown(false)
    }
  }, [flag, delayMs])
  return flag && shown
}
