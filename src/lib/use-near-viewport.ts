import { useEffect, useRef, useState } from 'react'

/**
 * Whether an element has come near the viewport (within `margin`), and stays so once it has:
 * for a part below the fold whose code and data wait until a person scrolls toward it.
 */
export function useNearViewport<T extends Element>(margin = '100px') {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    // Every browser the app supports has IntersectionObserver; a test's DOM may not.
    if (near || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, margin])
  return [ref, near] as const
}
