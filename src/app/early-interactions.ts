/**
 * The server-rendered list page is on screen before the app has started, and what a person
 * does there would be lost: no handler is attached yet, and the app then renders over the
 * controls. Clicks (a sort header, a page button, a radio) are held, their default prevented
 * so nothing changes on its own, and a choice in a select is noted. Once the app hydrates, each
 * is done again in order; React hydrates what it reaches first and runs its handler. (Text
 * boxes are read-only until then: see useHydrated.)
 */
interface HeldInteraction {
  target: HTMLElement
  replay: () => void
}

let held: HeldInteraction[] | null = null

const CLICKABLE = 'button, a[href], input, label'

function holdClick(event: MouseEvent) {
  const clicked = event.target instanceof Element ? event.target : null
  // A select opens on its own and reports its choice as a change (holdChoice).
  if (!clicked || clicked.closest('select')) return
  const target = clicked.closest(CLICKABLE)
  if (!(target instanceof HTMLElement)) return
  event.preventDefault()
  held?.push({ target, replay: () => target.click() })
}

function holdChoice(event: Event) {
  const target = event.target
  if (!(target instanceof HTMLSelectElement)) return
  const { value } = target
  held?.push({
    target,
    replay: () => {
      target.value = value
      target.dispatchEvent(new Event('change', { bubbles: true }))
    },
  })
}

export function holdEarlyInteractions(): void {
  held = []
  document.addEventListener('click', holdClick, true)
  document.addEventListener('change', holdChoice, true)
}

/** Call once the app has hydrated: events reach it from then on, and the held ones are replayed. */
export function replayEarlyInteractions(): void {
  document.removeEventListener('click', holdClick, true)
  document.removeEventListener('change', holdChoice, true)
  const interactions = held ?? []
  held = null
  for (const { target, replay } of interactions) if (target.isConnected) replay()
}
