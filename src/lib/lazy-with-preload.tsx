import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { useHydrated } from './use-hydrated.ts'

/** Handlers that load code ahead as a person shows they are about to open something. */
export interface IntentHandlers {
  onPointerEnter: () => void
  onFocus: () => void
  onTouchStart: () => void
}

/**
 * Intent handlers for `preloads`: pointer over, focus or touch, all before the click. A load
 * ahead that fails is not reported here: the part shows it in its error boundary when rendered.
 */
export function intentToOpen(...preloads: (() => Promise<unknown>)[]): IntentHandlers {
  const preloadAll = () => preloads.forEach((preload) => void preload().catch(() => {}))
  return { onPointerEnter: preloadAll, onFocus: preloadAll, onTouchStart: preloadAll }
}

/**
 * React.lazy, and its Suspense boundary, with a way to load the code ahead. The one way the
 * app keeps code out of the first visit: what opens on demand (a menu's panel, a popover, the
 * chart) is rendered only once open, and its code is loaded on the intent to open it
 * (`intent`: pointer over, focus, touch), so it is in by the click. A part already loaded
 * renders directly, with no Suspense boundary and no frame of fallback; an instance that
 * started lazily stays lazy, so it is never remounted.
 *
 * The server renders a lazy part as its fallback, and the browser hydrates that, then renders
 * the part: React would hydrate a Suspense boundary in a later pass, after the page's effects
 * have run, and by then the data it renders may have changed (a first page the browser had to
 * fetch itself, say, or a walk's progress) and no longer match the server's HTML. So what the
 * server must show comes with the app, not this way; lazy parts are closed, below the fold
 * (useNearViewport) or states a person or a walk brings about.
 */
export function lazyWithPreload<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  fallback: ReactNode,
) {
  let loaded: ComponentType<Props> | undefined
  let loading: Promise<{ default: ComponentType<Props> }> | undefined
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default
        return module
      },
      (error: unknown) => {
        // Not kept: the next intent, or the render that needs it, tries again.
        loading = undefined
        throw error
      },
    )
    return loading
  }
  const intent = intentToOpen(preload)
  const Lazy = lazy(preload)
  function Suspended(props: Props) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    )
  }

  function Component(props: Props) {
    const hydrated = useHydrated()
    const [Chosen] = useState<ComponentType<Props>>(() => loaded ?? Suspended)
    return hydrated ? <Chosen {...props} /> : fallback
  }
  return { Component, preload, intent }
}
