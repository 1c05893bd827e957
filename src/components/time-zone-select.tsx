import { useId } from 'react'
import { setZoneChoice } from '../lib/clock.tsx'
import { systemTimeZone } from '../lib/date-time.ts'

/** Every zone this browser knows, read once, when a picker is first opened. */
let allZones: readonly string[] | undefined
function knownZones(): readonly string[] {
  allZones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')]
  return allZones
}

/** The open time-zone picker: the list of some 400 zones, focused (see TimeZonePicker). */
export default function TimeZoneSelect({
  choice,
  onChoose,
  onClose,
}: {
  choice: string
  onChoose?: () => void
  /** Closes the picker: `returnFocus` once a choice is made or it is escaped. */
  onClose: (returnFocus: boolean) => void
}) {
  const id = useId()
  return (
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
          onClose(true)
        }}
        onBlur={() => onClose(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose(true)
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
  )
}
