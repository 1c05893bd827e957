/**
 * The rows floor: the least a page can do to show the list's rows. It fetches the API page named
 * by its own query string (the bench passes the very query the app sends) and writes one row per
 * session with plain DOM code, then, once those rows have been painted, puts the same mark the
 * app puts (the app's after-next-paint.ts: a timer set in a frame callback fires after that
 * frame's paint). "Next page" does what the app does for a page change, plainly: the next page
 * is fetched once the rows are painted, and a click writes the URL and swaps the rows in. A
 * filter radio does what the app does for a filter change: it writes the filter into the URL
 * (back to page 1), fetches that page and swaps its rows in.
 */
import { CHOICES, WALKED_FILTERS } from '../../walked-filters.ts'

interface WireSession {
  session_id?: string
  status?: string
  created_at?: string
  used_credits?: number | string
  tags?: string[]
}

const tbody = document.getElementById('rows')!
const next = document.getElementById('next')!
const filters = document.getElementById('filters') as HTMLFormElement
/** The next page, asked for once the rows on screen have been painted. */
let prefetched: Promise<WireSession[]> | null = null

async function fetchRows(query: URLSearchParams): Promise<WireSession[]> {
  const response = await fetch(`/api/v1/sessions?${query}`, {
    headers: { accept: 'application/json' },
  })
  const body = (await response.json()) as { data: { sessions: WireSession[] } }
  return body.data.sessions
}

function nextPageQuery(): URLSearchParams {
  const query = new URLSearchParams(window.location.search)
  query.set('page', String(Number(query.get('page') ?? '1') + 1))
  return query
}

function showRows(sessions: WireSession[]): void {
  const rows = sessions.map((session) => {
    const row = document.createElement('tr')
    for (const value of [
      session.created_at,
      session.session_id,
      session.status,
      session.used_credits,
      session.tags?.join(', '),
    ]) {
      const cell = document.createElement('td')
      cell.textContent = String(value ?? '')
      row.append(cell)
    }
    return row
  })
  tbody.replaceChildren(...rows)
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('sessions:rows-visible', { detail: window.location.search })
      prefetched = fetchRows(nextPageQuery())
    }),
  )
}

next.addEventListener('click', () => {
  const query = nextPageQuery()
  const sessions = prefetched
  prefetched = null
  window.history.pushState(null, '', `?${query}`)
  void (sessions ?? fetchRows(query)).then(showRows)
})

// One radio group per walked filter, under its API parameter's name, the first choice checked.
filters.append(
  ...WALKED_FILTERS.map((filter) => {
    const group = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = filter
    group.append(legend)
    for (const [index, choice] of CHOICES.entries()) {
      const radio = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: filter,
        value: choice.value,
        checked: index === 0,
      })
      const label = document.createElement('label')
      label.append(radio, choice.label)
      group.append(label)
    }
    return group
  }),
)

filters.addEventListener('change', (event) => {
  const radio = event.target as HTMLInputElement
  const query = new URLSearchParams(window.location.search)
  if (radio.value) query.set(radio.name, radio.value)
  else query.delete(radio.name)
  query.set('page', '1')
  prefetched = null
  window.history.pushState(null, '', `?${query}`)
  void fetchRows(query).then(showRows)
})

void fetchRows(new URLSearchParams(window.location.search)).then(showRows)
