import { useCallback, useEffect, useRef, useState } from 'react'
import { useEarlyText } from './use-early-text.ts'

export interface DebouncedCommitOptions {
  /** The committed value as text (from the URL): what the box shows when nobody is typing. */
  value: string
  /**
   * Writes the text. `replace` is false for the first commit of one editing session (focus to
   * blur) and true after, so typing makes one history entry, not one per pause.
   */
  onCommit: (text: string, options: { replace: boolean }) => void
  /** Whether two texts mean the same, e.g. "a, b" and "a,b"; plain equality by default. */
  same?: (a: string, b: string) => boolean
  delayMs?: number
  /**
   * Changes with every navigation (the location's key). A quick back right after a commit can
   * leave `value` the same across renders while the draft is stale; this tells the two apart.
   */
  revision?: unknown
}

const sameText = (a: string, b: string) => a === b

/**
 * A text box over a committed value: the draft is local while the person types and is committed
 * after a pause, on blur or on Enter. When the value changes from elsewhere (back/forward, a
 * removed chip, "Clear all"), the draft follows it and a pending commit is dropped, so the box
 * never shows stale text and never writes it back.
 */
export function useDebouncedCommit({
  value,
  onCommit,
  same = sameText,
  delayMs = 300,
  revision,
}: DebouncedCommitOptions) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState({ value, revision })
  // The last text this box committed, to tell the echo of its own commit from an outside change.
  const [ownCommit, setOwnCommit] = useState<string | null>(null)
  const [outsideChanges, setOutsideChanges] = useState(0)

  const valueChanged = value !== shown.value
  if (valueChanged || revision !== shown.revision) {
    setShown({ value, revision })
    const isOwnEcho = ownCommit !== null && same(value, ownCommit)
    // Another control's navigation leaves this box's draft alone; only a change of this value,
    // or one that undid this box's own commit, replaces it.
    const concernsThisBox = valueChanged || ownCommit !== null
    if (!isOwnEcho && concernsThisBox) {
      setOwnCommit(null)
      setOutsideChanges((count) => count + 1)
      if (!same(text, value)) setText(value)
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const committedThisSession = useRef(false)
  const latest = useRef({ value, onCommit, same })
  useEffect(() => {
    latest.current = { value, onCommit, same }
  })

  const commit = useCallback((draft: string) => {
    clearTimeout(timer.current)
    timer.current = undefined
    const { value: current, onCommit: write, same: isSame } = latest.current
    if (isSame(draft, current)) return
    setOwnCommit(draft)
    write(draft, { replace: committedThisSession.current })
    committedThisSession.current = true
  }, [])

  // An outside change cancels whatever was waiting to be written; so does unmounting.
  useEffect(() => () => clearTimeout(timer.current), [outsideChanges])

  const change = useCallback(
    (draft: string) => {
      setText(draft)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => commit(draft), delayMs)
    },
    [commit, delayMs],
  )

  const earlyText = useEarlyText(change)

  /** Commits the draft now, e.g. when a suggestion is picked. */
  const flush = useCallback((draft: string) => commit(draft), [commit])

  const inputProps = {
    ref: earlyText,
    value: text,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onFocus: () => {
      committedThisSession.current = false
    },
    onBlur: () => {
      if (timer.current !== undefined) commit(text)
      committedThisSession.current = false
    },
    onKeyDown: (event: { key: string }) => {
      if (event.key === 'Enter') commit(text)
    },
  }

  return { text, change, flush, inputProps }
}
