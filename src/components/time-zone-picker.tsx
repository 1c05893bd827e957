import { useId, useRef, useState } from 'react'
import { setZoneChoice, useTimeZone, useZoneChoice, zoneOf } from '../lib/clock.tsx'
import { systemTimeZone } from '../lib/date-time.ts'
import { ChevronDownIcon } from './icons.tsx'

/** Every zone this browser knows, read once, when a picker is first opened. */
let allZones: readonly string[] | undefined
function knownZones(): readonly string[] {
  allZones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')]
  return allZones
}

/**
 * "Times in Europe/Berlin": which zone the times around it are shown in, and a way to choose
 * another (remembered in this browser). Closed, it is one button; the list of some 400 zones is
 * built only when it is opened, so it weighs nothing on the pages that show it.
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
  const id = useId()
  const trigger = useRef<HTMLButtonElement>(null)
  const overridden = zone !== zoneOf(choice)

  const close = () => {
    setOpen(false)
    trigger.current?.focus()
  }

  return (
    <span className={`inline-flex items-center gap-1 ${className}`}>
      {open ? (
        <>
          <label htmlFor={id} className="sr-only">
            Time zone
          </label>
          <select
            id={id}
            autoFocus
            value={choice}
            onChange={(event) => {
              setZoneChoice(event.target.value)
              onChoose?.()
              close()
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close()
            }}
            className="h-7 max-w-56 rounded-md border border-slate-300 bg-white px-1.5 text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:[color-scheme:dark]"
          >
            <option value="local">This browser’s zone ({systemTimeZone()})</option>
            {knownZones().map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </>
      ) : (
        <button
          ref={trigger}
          type="button"
          aria-expanded={false}
          aria-label={`Time zone: ${zone}`}
          onClick={() => setOpen(true)}
          title={overridden ? 'The link names this zone; choose your own' : 'Choose the time zone'}
          className="inline-flex items-center gap-0.5 rounded px-1 py-0.5 text-xs font-medium text-slate-600 underline decoration-slate-300 decoration-dotted underline-offset-2 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:decoration-slate-600 dark:hover:bg-slate-800 dark:hover:text-white"
        >
          {zone}
          <ChevronDownIcon className="size-3" />
        </button>
      )}
    </span>
  )
}
