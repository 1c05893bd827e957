import { useId } from 'react'
import { useLocation } from 'react-router'
import { HINT_CLASSES, INPUT_CLASSES, LABEL_CLASSES } from '../../../components/text-field.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import { useHydrated } from '../../../lib/use-hydrated.ts'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit.ts'
import type { SessionsSearch } from '../search-params.ts'
import type { SetSearch } from '../use-sessions-search.ts'
import { localInputToUtc, presetRange, RANGE_PRESETS, utcToLocalInput } from './date-range.ts'

interface CreatedRangeFilterProps {
  search: SessionsSearch
  setSearch: SetSearch
}

const isAfter = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && Date.parse(a) > Date.parse(b)

/**
 * From and to in the person's own time zone, stored as UTC. A range whose start is after its end
 * is not written; the inputs say why instead.
 */
export function CreatedRangeFilter({ search, setSearch }: CreatedRangeFilterProps) {
  const id = useId()
  const hydrated = useHydrated()
  const zone = useTimeZone()
  const revision = useLocation().key
  const from = useDebouncedCommit({
    value: utcToLocalInput(search.created_from, zone),
    revision,
    onCommit: (text, options) => {
      const utc = localInputToUtc(text, zone)
      if (utc === undefined) return
      // Checked against the latest URL, which may be ahead of this render.
      setSearch(
        (current) => (isAfter(utc, current.created_to) ? {} : { created_from: utc }),
        options,
      )
    },
  })
  const to = useDebouncedCommit({
    value: utcToLocalInput(search.created_to, zone),
    revision,
    onCommit: (text, options) => {
      const utc = localInputToUtc(text, zone)
      if (utc === undefined) return
      setSearch(
        (current) => (isAfter(current.created_from, utc) ? {} : { created_to: utc }),
        options,
      )
    },
  })
  const reversed = isAfter(localInputToUtc(from.text, zone), localInputToUtc(to.text, zone))

  return (
    <fieldset className="min-w-0" aria-describedby={`${id}-hint`}>
      <legend className={LABEL_CLASSES}>Created</legend>
      <div className="mt-1 grid grid-cols-4 gap-1" role="group" aria-label="Quick ranges">
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            onClick={() => setSearch(presetRange(preset))}
            className="h-7 rounded-md px-1 text-xs font-medium whitespace-nowrap text-slate-600 ring-1 ring-slate-200 ring-inset hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800 dark:hover:text-white"
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div className="mt-2 grid gap-2">
        <div>
          <label htmlFor={`${id}-from`} className="text-xs text-slate-500 dark:text-slate-400">
            <span className="sr-only">Created </span>From
          </label>
          <input
            id={`${id}-from`}
            type="datetime-local"
            aria-invalid={reversed || undefined}
            className={INPUT_CLASSES}
            readOnly={!hydrated}
            {...from.inputProps}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="text-xs text-slate-500 dark:text-slate-400">
            <span className="sr-only">Created </span>To
          </label>
          <input
            id={`${id}-to`}
            type="datetime-local"
            aria-invalid={reversed || undefined}
            className={INPUT_CLASSES}
            readOnly={!hydrated}
            {...to.inputProps}
          />
        </div>
      </div>
      {reversed ? (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
          “From” is after “To”; the range is not applied until it is fixed.
        </p>
      ) : null}
      <p id={`${id}-hint`} className={HINT_CLASSES}>
        Times in your zone ({zone}).
      </p>
    </fieldset>
  )
}
