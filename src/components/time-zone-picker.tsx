import { useLayoutEffect, useRef, useState } from 'react'
import { useTimeZone, useZoneChoice, zoneOf } from '../lib/clock.tsx'
import { lazyWithPreload } from '../lib/lazy-with-preload.tsx'
import { ChevronDownIcon } from './icons.tsx'

// The open picker's code comes as the button is about to be pressed.
const { Component: TimeZoneSelect, intent } = lazyWithPreload(
  () => import('./time-zone-select.tsx'),
  null,
)

/**
 * "Times in Europe/Berlin": which zone the times around it are shown in, and a way to choose
 * another (remembered in this browser). Closed, it is one button; the list of some 400 zones, and
 * its code, come only when it is opened, so it weighs nothing on the pages that show it.
 */
export function TimeZonePicker({
  className = '',
  onChoose,
}: {
  className?: string
  /** Also called with a choice: a view that shows a link's zone goes back to the person's. */
  onChoose?: () => void
}) {
  const zone = useTimeZone()
  const choice = useZoneChoice()
  const [open, setOpen] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const focusTrigger = useRef(false)
  const overridden = zone !== zoneOf(choice)

  // The button is not there while the list is open: it takes the focus back once it is again,
  // or a keyboard user would be dropped at the top of the page.
  const close = (returnFocus: boolean) => {
    focusTrigger.current = returnFocus
    setOpen(false)
  }
  useLayoutEffect(() => {
    if (open || !focusTrigger.current) return
    focusTrigger.current = false
    trigger.current?.focus()
  }, [open])

  return (
    <span className={`inline-flex items-center gap-1 ${className}`}>
      {open ? (
        <TimeZoneSelect choice={choice} onChoose={onChoose} onClose={close} />
      ) : (
        <button
          ref={trigger}
          type="button"
          aria-expanded={false}
          aria-label={`Time zone: ${zone}`}
          onClick={() => setOpen(true)}
          {...intent}
          title={overridden ? 'The link names this zone; choose your own' : 'Choose the time zone'}
          // Styled in src/styles/controls.css.
          className="zone-button"
        >
          {zone}
          <ChevronDownIcon className="size-3" />
        </button>
      )}
    </span>
  )
}
