import { useCallback, useEffect, useRef } from 'react'

/**
 * A callback ref for a text box that the server renders. What a person types there before the
 * app has started stays in the box (React hydrates over it and keeps it), but no handler hears
 * of it; this hands it to `adopt` the moment the app takes the box over, so nothing typed is
 * lost. React gives the box the rendered text as its default value, so a difference is typing.
 */
export function useEarlyText(adopt: (text: string) => void) {
  // The first render's `adopt` is the one hydration needs: the box is attached before effects run.
  const latest = useRef(adopt)
  useEffect(() => {
    latest.current = adopt
  })
  return useCallback((box: HTMLInputElement | null) => {
    if (box && box.value !== box.defaultValue) latest.current(box.value)
  }, [])
}
