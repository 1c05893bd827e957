/**
 * The server-rendered list page is on screen before the app has started, and a click there
 * would do nothing: no handler is attached yet. Such clicks are held (their default prevented,
 * so a radio does not change on its own) and clicked again once the app hydrates; React then
 * hydrates what was clicked first and runs its handler.
 */
let held: HTMLElement[] | null = null

const INTERACTIVE = 'button, a[href], input, select, label'

function hold(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target.closest(INTERACTIVE) : null
  if (!(target instanceof HTMLElement)) return
  event.preventDefault()
  held?.push(target)
}

export function holdEarlyClicks(): void {
  held = []
  document.addEventListener('click', hold, true)
}

/** Call once the app is hydrating: clicks reach it from then on, and the held ones are replayed. */
export function replayEarlyClicks(): void {
  document.removeEventListener('click', hold, true)
  const clicks = held ?? []
  held = null
  for (const target of clicks) if (target.isConnected) target.click()
}
