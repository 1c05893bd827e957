import { memo, useEffect, useState } from 'react'
import { Button } from '../../../components/button.tsx'
import { CheckIcon, CopyIcon } from '../../../components/icons.tsx'

type CopyState = 'idle' | 'copied' | 'failed'

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy; copy the address bar instead',
}

/**
 * Copies the address of this exact view (filters, sort, page) and says it did. It reads the
 * address when clicked, so a navigation need not render it again.
 */
export const CopyLinkButton = memo(function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <>
      <Button onClick={() => void copy()}>
        {state === 'copied' ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon />}
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </Button>
      <span role="status" className="sr-only">
        {MESSAGES[state]}
      </span>
      {state === 'failed' ? (
        <span className="text-xs text-red-700 dark:text-red-300">{MESSAGES.failed}</span>
      ) : null}
    </>
  )
})
