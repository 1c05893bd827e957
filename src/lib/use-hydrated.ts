import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False on the server and while the browser hydrates what the server rendered, true from then
 * on (and from the start of a page rendered in the browser). For controls that do nothing
 * without the app's scripts: they are left out of the server's HTML, which paints sooner. (Text
 * typed before then is handed over by useEarlyText; clicks and choices in a select are held and
 * replayed: app/early-interactions.ts.)
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
