import { useEffect, useState } from 'react'
import { Button } from '../../../components/button.tsx'
import { CheckIcon, CopyIcon } from '../../../components/icons.tsx'

/** Copies text to the clipboard and says so (visibly and to screen readers) for a moment. */
export function CopyButton({
  text,
  label,
  iconOnly = false,
}: {
  text: string
  label: string
  iconOnly?: boolean
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }
  const message = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''
  return (
    <>
      <Button
        size={iconOnly ? 'icon' : 'sm'}
        variant={iconOnly ? 'ghost' : 'secondary'}
        onClick={copy}
        aria-label={iconOnly ? label : undefined}
        title={label}
      >
        {state === 'copied' ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon />}
        {!iconOnly && <span>{state === 'copied' ? 'Copied' : label}</span>}
      </Button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  )
}
