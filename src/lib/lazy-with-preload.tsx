import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'

/**
 * React.lazy, and its Suspense boundary, with a way to load the code ahead. A server-rendered
 * page hydrates once the code of its lazily loaded parts is in (see preloadListPage), and then
 * those parts render directly, with no Suspense boundary: React hydrates a boundary in a later
 * pass, after the page's effects have run, and by then the data it renders may have changed
 * (a first page the browser had to fetch itself, say) and no longer match the server's HTML.
 * An instance that started lazily stays lazy, so it is never remounted.
 */
export function lazyWithPreload<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  fallback: ReactNode,
) {
  let loaded: ComponentType<Props> | undefined
  const preload = () =>
    load().then((module) => {
      loaded = module.default
      return module
    })
  const Lazy = lazy(preload)
  function Suspended(props: Props) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    )
  }

  function Component(props: Props) {
    const [Chosen] = useState<ComponentType<Props>>(() => loaded ?? Suspended)
    return <Chosen {...props} />
  }
  return { Component, preload }
}
