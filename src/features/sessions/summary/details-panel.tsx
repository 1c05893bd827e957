import { lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'

/**
 * The chart and breakdowns panel, closed by default: its code comes when it is first opened,
 * loaded ahead on the intent to open it (`detailsIntent`, on the toggle in the strip).
 */
export const { Component: DetailsPanel, intent: detailsIntent } = lazyWithPreload(
  () => import('./credits-details.tsx'),
  null,
)
