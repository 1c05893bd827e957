import { holdEarlyClicks } from './app/early-clicks.ts'
import { afterNextPaint } from './lib/after-next-paint.ts'
import { serverRenderedRows, markRowsPainted } from './features/sessions/table/rows-visible-mark.ts'
import './index.css'

// This entry stays tiny. The list page usually arrives rendered by the server, rows and all.
// Those rows are shown before the app's code is even evaluated: the app (a long task to
// evaluate and hydrate) starts once they have been painted, and they are marked as painted.
const startApp = () => void import('./app/bootstrap.tsx')
const rows = serverRenderedRows(document)
if (rows !== null) {
  holdEarlyClicks()
  afterNextPaint(() => {
    markRowsPainted(rows)
    startApp()
  })
} else {
  startApp()
}
