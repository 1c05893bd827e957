/**
 * The server-rendered list page is on screen before the app has started, and what a person
 * does there would be lost: no handler is attached yet, and the app then renders over the
 * controls. Clicks (a sort header, a page button, a radio) are held, their default prevented
 * so nothing changes on its own; so are keys pressed on the app's own keyboard widgets (the
 * arrows on a row), and a choice in a select is noted. Once the app has hydrated, each is done
 * again in order. (Text typed meanwhile stays in its box and is handed over: lib/use-early-text.ts.)
 */
interface HeldInteraction {
  target: HTMLElement
  replay: () => void
}

let held: HeldInteraction[] | null = null

const NATIVE_CONTROL = 'button, a[href], input, select, textarea, label'

/** What does something on a click: native controls, and the app's widgets (a row opens). */
const CLICKABLE = `${NATIVE_CONTROL}, [tabindex]`

function holdClick(event: MouseEvent) {
  const clicked = event.target instanceof Element ? event.target : null
  // A select opens on its own and reports its choice as a change (holdChoice).
  if (!clicked || clicked.closest('select')) return
  const target = clicked.closest(CLICKABLE)
  if (!(target instanceof HTMLElement)) return
  event.preventDefault()
  // With its modifiers: Alt on a tag shows only that tag.
  const { altKey, ctrlKey, metaKey, shiftKey } = event
  const init = { altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }
  held?.push({ target, replay: () => target.dispatchEvent(new MouseEvent('click', init)) })
}

/**
 * Native controls act on keys by themselves (Enter on a button is a click, held above); what
 * the app made focusable with a tabindex does nothing without it. Tab still moves focus.
 */
function holdKey(event: KeyboardEvent) {
  const target = event.target
  if (!(target instanceof HTMLElement) || event.key === 'Tab') return
  if (!target.matches('[tabindex]') || target.matches(NATIVE_CONTROL)) return
  event.preventDefault()
  const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event
  const init = { key, code, altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }
  // Keys go where the focus is by then: the second of two arrows down starts from the row the
  // first one moved to.
  const replay = () => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : target
    focused.dispatchEvent(new KeyboardEvent('keydown', init))
  }
  held?.push({ target, replay })
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
  document.addEventListener('keydown', holdKey, true)
  document.addEventListener('change', holdChoice, true)
}

/** Call once the app has hydrated: events reach it from then on, and the held ones are replayed. */
export function replayEarlyInteractions(): void {
  document.removeEventListener('click', holdClick, true)
  document.removeEventListener('keydown', holdKey, true)
  document.removeEventListener('change', holdChoice, true)
  const interactions = held ?? []
  held = null
  for (const { target, replay } of interactions) if (target.isConnected) replay()
}
