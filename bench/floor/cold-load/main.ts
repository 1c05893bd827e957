/**
 * The cold-load floor: the least a page can do to show the list's first rows. It fetches the
 * API page named by its own query string (the bench passes the very query the app sends) and
 * writes one row per session with plain DOM code, then, once those rows have been painted, puts
 * the same mark the app puts (the app's after-next-paint.ts: a timer set in a frame callback
 * fires after that frame's paint).
 */
interface WireSession {
  session_id?: string
  status?: string
  created_at?: string
  used_credits?: number | string
  tags?: string[]
}

async function showRows(): Promise<void> {
  const response = await fetch(`/api/v1/sessions${window.location.search}`, {
    headers: { accept: 'application/json' },
  })
  const body = (await response.json()) as { data: { sessions: WireSession[] } }
  const tbody = document.getElementById('rows')!
  for (const session of body.data.sessions) {
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
    tbody.append(row)
  }
  requestAnimationFrame(() =>
    setTimeout(() => performance.mark('sessions:rows-visible', { detail: window.location.search })),
  )
}

void showRows()
