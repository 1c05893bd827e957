import { memo, useEffect, useState } from 'react'
import { Button, buttonClasses } from '../../../components/button.tsx'
import { CheckIcon, ChevronDownIcon, CopyIcon } from '../../../components/icons.tsx'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import { parseSearch, searchToUrl } from '../search-params.ts'

type CopyState = 'idle' | 'copied' | 'failed'

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy; copy the address bar instead',
}

/** This view's address with the zone its times are shown in, so the link shows them alike. */
function addressWithZone(zone: string): string {
  const { search } = parseSearch(window.location.search)
  return `${window.location.origin}${window.location.pathname}${searchToUrl({ ...search, tz: zone })}`
}

/**
 * Copies the address of this exact view (filters, sort, page) and says it did. It reads the
 * address when clicked, so a navigation need not render it again. A teammate opening it sees
 * times in their own zone, unless the link is copied with the sender's.
 */
export const CopyLinkButton = memo(function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle')
  const zone = useTimeZone()

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async (address: string) => {
    try {
      await navigator.clipboard.writeText(address)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <>
      <span className="inline-flex">
        <Button className="rounded-r-none" onClick={() => void copy(window.location.href)}>
          {state === 'copied' ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon />}
          {/* On a phone the icon alone, so the title's line holds the button; named all the same. */}
          <span className="sr-only sm:not-sr-only">
            {state === 'copied' ? 'Link copied' : 'Copy link'}
          </span>
        </Button>
        <Menu
          label="More ways to copy the link"
          trigger={<ChevronDownIcon />}
          triggerClassName={`${buttonClasses('secondary', 'md')} -ml-px rounded-l-none`}
          align="end"
        >
          <button
            type="button"
            role="menuitem"
            className={menuItemClasses}
            onClick={() => void copy(addressWithZone(zone))}
          >
            Copy link with times in {zone}
          </button>
        </Menu>
      </span>
      <span role="status" className="sr-only">
        {MESSAGES[state]}
      </span>
      {state === 'failed' ? (
        <span className="text-xs text-red-700 dark:text-red-300">{MESSAGES.failed}</span>
      ) : null}
    </>
  )
})
