import { memo, useEffect, useId } from 'react'
import { buttonClasses } from '../../../components/button.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { formatCount } from '../../../lib/format.ts'
import { STORAGE_KEYS } from '../../../lib/browser-storage.ts'
import { intentToOpen, lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'
import { useStoredFlag } from '../../../lib/use-stored-flag.ts'
import { walkRequestCount } from '../api/walk-query.ts'
import { filtersKey, type SessionsSearch } from '../search-params.ts'
import { CREDITS_DETAILS_ID } from './credits-details-id.ts'
import { detailsIntent } from './details-panel.tsx'
import { note } from './totals-strip-classes.ts'
import { loadWalk } from './totals-query.ts'
import { TotalsFigures } from './totals-figures.tsx'
import { useFilterTotals, type TotalsState } from './use-filter-totals.ts'

// Most visits run no walk (large results wait for a click), so the walk's code and what shows
// while and after it runs load as one is about to start: on the start button's intent, or as
// an automatic walk begins.
const { Component: WalkStatus, preload: preloadWalkStatus } = lazyWithPreload(
  async () => ({ default: (await import('./walk-status.tsx')).WalkStatus }),
  <p className={note}>Adding up the matching sessions…</p>,
)
const { Component: ExportButtons, preload: preloadExport } = lazyWithPreload(
  async () => ({ default: (await import('../export/export-buttons.tsx')).ExportButtons }),
  null,
)
const { Component: FrozenNote, preload: preloadNotes } = lazyWithPreload(
  async () => ({ default: (await import('./walk-notes.tsx')).FrozenNote }),
  null,
)
const { Component: DoneNotes, preload: preloadDoneNotes } = lazyWithPreload(
  async () => ({ default: (await import('./walk-notes.tsx')).DoneNotes }),
  null,
)
const { Component: CancelledNote, preload: preloadCancelledNote } = lazyWithPreload(
  async () => ({ default: (await import('./walk-notes.tsx')).CancelledNote }),
  null,
)
const walkIntent = intentToOpen(
  loadWalk,
  preloadWalkStatus,
  preloadExport,
  preloadNotes,
  preloadDoneNotes,
  preloadCancelledNote,
)

interface TotalsStripProps {
  search: SessionsSearch
  matchingTotal: number | null
  /** The list's page for these filters failed, so `matchingTotal` will not come by itself. */
  listFailed: boolean
}

const sameTotals = (a: TotalsStripProps, b: TotalsStripProps) =>
  a.matchingTotal === b.matchingTotal &&
  a.listFailed === b.listFailed &&
  filtersKey(a.search) === filtersKey(b.search)

/**
 * Everything the filters match, in one line above the rows: the headline figures, where their
 * walk stands (progress, a prompt, a failure, a cancel), and the actions on them. The chart and
 * breakdowns open below the table (see credits-details), so opening them never moves the rows.
 * Memoized on the filters: a page change or a sort leaves the totals as they are.
 */
export const TotalsStrip = memo(function TotalsStrip({
  search,
  matchingTotal,
  listFailed,
}: TotalsStripProps) {
  const headingId = useId()
  const { state, start, cancel } = useFilterTotals(search, matchingTotal, listFailed)
  const timeZone = useTimeZone()
  const shown = shownTotals(state)
  const asOf = state.kind === 'done' ? state.data.walk.asOf : null
  // An automatic walk (no click before it): what shows once it is done comes while it runs.
  const walking = state.kind === 'walking'
  useEffect(() => {
    if (walking) walkIntent.onFocus()
  }, [walking])

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={state.kind === 'walking'}
      // Its line and the line's parts are laid out in src/styles/page.css.
      className="totals-strip"
    >
      <h2 id={headingId} className="sr-only">
        Everything the filters match
        {asOf ? `, as of ${formatDateTime(asOf, timeZone)}` : ''}
      </h2>
      <TotalsFigures
        totals={shown}
        matchingTotal={matchingTotal}
        dimmed={state.kind === 'walking' || state.kind === 'cancelled'}
      />
      <div className="state">
        <StateLine state={state} matchingTotal={matchingTotal} start={start} cancel={cancel} />
      </div>
      <div className="actions">
        {state.kind === 'done' && state.data.walk.sessions.length ? (
          <ExportButtons walk={state.data.walk} search={search} />
        ) : null}
        {state.kind === 'done' ? (
          <button type="button" className={buttonClasses('ghost', 'sm')} onClick={start}>
            Recompute
          </button>
        ) : null}
        <DetailsToggle />
      </div>
      {/* Its line is kept while the totals are read, so the rows below never move when they
          arrive: a click aimed at a row must land on it. */}
      <div className="frozen">
        {state.kind === 'done' ? (
          <FrozenNote walk={state.data.walk} running={state.data.totals.running} />
        ) : null}
      </div>
    </section>
  )
}, sameTotals)

/** The totals the figures show: the finished ones, a cancelled walk's part, or a recompute's last. */
function shownTotals(state: TotalsState) {
  if (state.kind === 'done') return state.data.totals
  if (state.kind === 'cancelled') return state.partial?.totals ?? null
  if (state.kind === 'walking') return state.previous?.totals ?? null
  return null
}

/** What the walk is doing, or what it needs from the person, in words. */
function StateLine({
  state,
  matchingTotal,
  start,
  cancel,
}: {
  state: TotalsState
  matchingTotal: number | null
  start: () => void
  cancel: () => void
}) {
  switch (state.kind) {
    case 'counting':
      return <p className={note}>Counting the matching sessions…</p>
    case 'list-failed':
      return (
        <p className={note}>No totals: the sessions these filters match could not be loaded.</p>
      )
    case 'walking':
      return (
        <WalkStatus progress={state.progress} expectedSessions={matchingTotal} onCancel={cancel} />
      )
    case 'failed':
      return (
        <div role="alert" className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-red-800 dark:text-red-200">
            The totals could not be computed: {state.error.message}
          </p>
          <button type="button" className={buttonClasses('primary', 'sm')} onClick={start}>
            Try again
          </button>
        </div>
      )
    case 'awaiting-start':
    case 'cancelled':
      return (
        <>
          <StartButton matchingTotal={matchingTotal} onStart={start} />
          {state.kind === 'cancelled' ? <CancelledNote partial={state.partial} /> : null}
        </>
      )
    case 'done':
      return <DoneNotes walk={state.data.walk} />
  }
}

function StartButton({
  matchingTotal,
  onStart,
}: {
  matchingTotal: number | null
  onStart: () => void
}) {
  const label =
    matchingTotal === null
      ? 'Compute totals'
      : `Compute totals for ${formatCount(matchingTotal)} sessions (${formatCount(walkRequestCount(matchingTotal))} requests)`
  return (
    <button
      type="button"
      // Its label is long: on a phone it wraps inside the strip instead of running out of it
      // (important, over the button's own nowrap).
      className={`${buttonClasses('primary', 'sm')} h-auto min-h-8 max-w-full py-1 whitespace-normal!`}
      onClick={onStart}
      title="The API gives pages, not totals: this reads every page of the result."
      {...walkIntent}
    >
      {label}
    </button>
  )
}

/** Opens or closes the chart and breakdowns below the table; remembered in this browser. */
function DetailsToggle() {
  const [open, setOpen] = useStoredFlag(STORAGE_KEYS.creditsDetails)
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={CREDITS_DETAILS_ID}
      onClick={() => {
        setOpen(!open)
        // The panel is below the rows: bring it into view when it opens.
        if (!open) {
          requestAnimationFrame(() =>
            document.getElementById(CREDITS_DETAILS_ID)?.scrollIntoView({ block: 'nearest' }),
          )
        }
      }}
      className={buttonClasses('secondary', 'sm')}
      {...detailsIntent}
    >
      {open ? 'Hide chart' : 'Chart'}
      {/* Said in full everywhere; shown in full where the strip has the room. */}{' '}
      <span className="sr-only sm:not-sr-only">and breakdowns</span>
    </button>
  )
}
