import { useId, useState } from 'react'
import { useLocation } from 'react-router'
import { SmallButton } from '../../../components/small-button.tsx'
import { HINT_CLASSES, INPUT_CLASSES, LABEL_CLASSES } from '../../../components/text-field.tsx'
import { TimeZonePicker } from '../../../components/time-zone-picker.tsx'
import { useNow, useTimeZone } from '../../../lib/clock.tsx'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit.ts'
import { intentToOpen } from '../../../lib/lazy-with-preload.tsx'
import { useEarlyText } from '../../../lib/use-early-text.ts'
import { useListAsOf } from '../list-clock.tsx'
import { resolveCreatedRange, type SessionsSearch } from '../search-params.ts'
import type { SetSearch } from '../use-sessions-search.ts'
import {
  describeRange,
  isRelativeRange,
  localInputToUtc,
  RANGE_PRESETS,
  utcToLocalInput,
  type CreatedRange,
} from './date-range.ts'
import { pinRange, unpinRange, type PinnedRangeState } from './pin-range.ts'

interface CreatedRangeFilterProps {
  search: SessionsSearch
  setSearch: SetSearch
}

/** An instant to the minute, for showing what a relative end means now. */
const toMinute = (iso: string | null) =>
  iso === null ? null : new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString()

const isAfter = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && Date.parse(a) > Date.parse(b)

/**
 * When sessions were created: quick ranges and ranges typed in words ("last 90 minutes"),
 * which stay relative in the URL, or fixed times typed in the shown zone, stored as UTC. A
 * relative range can be pinned to the times it means now (a link for an incident), and fixed
 * times made relative again. A start after the end is not written; the inputs say why.
 */
export function CreatedRangeFilter({ search, setSearch }: CreatedRangeFilterProps) {
  const id = useId()
  const zone = useTimeZone()
  const asOf = useListAsOf()
  const location = useLocation()
  const revision = location.key
  const range: CreatedRange = { from: search.created_from, to: search.created_to }
  // What a relative range means now, which the inputs show, to the minute.
  const resolved = resolveCreatedRange(search, asOf, zone)
  const shown = (bound: string | null, resolvedBound: string | null) =>
    utcToLocalInput(bound === resolvedBound ? bound : toMinute(resolvedBound), zone)
  const relative = isRelativeRange(range)

  const from = useDebouncedCommit({
    value: shown(search.created_from, resolved.created_from),
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
    value: shown(search.created_to, resolved.created_to),
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
  const setRange = (next: CreatedRange, state?: PinnedRangeState) =>
    setSearch({ created_from: next.from, created_to: next.to }, state && { state })
  const description = describeRange(range, zone)

  return (
    <fieldset className="min-w-0" aria-describedby={`${id}-hint`}>
      <legend className={LABEL_CLASSES}>Created</legend>
      <div className="mt-1 flex flex-wrap gap-1" role="group" aria-label="Quick ranges">
        {RANGE_PRESETS.map((preset) => (
          <SmallButton
            key={preset.label}
            aria-pressed={preset.from === range.from && preset.to === range.to}
            onClick={() => setRange(preset)}
          >
            {preset.label}
          </SmallButton>
        ))}
      </div>
      <RangePhraseInput id={`${id}-phrase`} onRange={setRange} />
      {description ? (
        <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
          <span>
            <span className="font-medium text-slate-900 dark:text-slate-100">{description}</span>
            {relative ? ' · moves with time' : ' · fixed times'}
          </span>
          {relative ? (
            <SmallButton
              title="Fix the range at the times it means now: a link that will not move"
              onClick={() => {
                const pinned = pinRange(range, resolved, asOf)
                setRange(pinned.range, pinned.state)
              }}
            >
              Pin to these times
            </SmallButton>
          ) : (
            <UnpinButton
              range={range}
              state={location.state as PinnedRangeState | null}
              onRange={setRange}
            />
          )}
        </p>
      ) : null}
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
            {...to.inputProps}
          />
        </div>
      </div>
      {reversed ? (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
          “From” is after “To”; the range is not applied until it is fixed.
        </p>
      ) : null}
      <p id={`${id}-hint`} className={`${HINT_CLASSES} flex flex-wrap items-center gap-1`}>
        Times in <TimeZonePicker />
      </p>
    </fieldset>
  )
}

/** "Make relative": the fixed times back to the relative range they were pinned from, or near. */
function UnpinButton({
  range,
  state,
  onRange,
}: {
  range: CreatedRange
  state: PinnedRangeState | null
  onRange: (range: CreatedRange) => void
}) {
  // Whether there is a way back to relative; the range itself is worked out when clicked.
  if (!unpinRange(range, state, useNow())) return null
  return (
    <SmallButton
      title="Let the range move with time, as far back from now as it is now"
      onClick={() => {
        const relative = unpinRange(range, state, Date.now())
        if (relative) onRange(relative)
      }}
    >
      Make relative
    </SmallButton>
  )
}

// The code that reads typed ranges comes as the box is about to be used.
const loadPhrases = () => import('./range-phrase.ts')
const phraseIntent = intentToOpen(loadPhrases)

// What is said of text that reads as no range comes with the code that reads it.
const UNLOADED = 'The range could not be read: its code did not load. Press Enter to try again.'

/** A range typed in words, applied on Enter. */
function RangePhraseInput({ id, onRange }: { id: string; onRange: (range: CreatedRange) => void }) {
  const [text, setText] = useState('')
  /** Why the last Enter applied nothing, in words. */
  const [refused, setRefused] = useState<string | null>(null)
  const earlyText = useEarlyText(setText)
  return (
    <div className="mt-2">
      <label htmlFor={id} className="sr-only">
        Type a range
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="Or type one: last 90 minutes…"
        aria-invalid={(refused !== null && refused !== UNLOADED) || undefined}
        aria-describedby={refused ? `${id}-refused` : undefined}
        className={INPUT_CLASSES}
        ref={earlyText}
        value={text}
        {...phraseIntent}
        onChange={(event) => {
          setText(event.target.value)
          setRefused(null)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          const typed = text
          loadPhrases().then(
            ({ parseRangePhrase, UNREADABLE }) => {
              const range = parseRangePhrase(typed)
              if (!range) return setRefused(typed.trim() === '' ? null : UNREADABLE)
              onRange(range)
              // Cleared unless the person has typed on meanwhile.
              setText((current) => (current === typed ? '' : current))
            },
            () => setRefused(UNLOADED),
          )
        }}
      />
      {refused ? (
        <p
          id={`${id}-refused`}
          role="alert"
          className="mt-1 text-xs text-red-700 dark:text-red-300"
        >
          {refused}
        </p>
      ) : null}
    </div>
  )
}
