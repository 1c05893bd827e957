import { SERVER_STATE_ID } from '../contract/server-render.ts'
import { holdEarlyInteractions } from './app/early-interactions.ts'
import { afterNextPaint } from './lib/after-next-paint.ts'
import { serverRenderedRows, markRowsPainted } from './features/sessions/table/rows-visible-mark.ts'
import './index.css'

// This entry stays tiny. The list page usually arrives rendered by the server, rows and all.
// Those rows are shown before the app's code is even evaluated: the app (a long task to
// evaluate and hydrate) starts once they have been painted, and they are marked as painted.
const startApp = () => void import('./app/bootstrap.tsx')

// Whatever the server rendered (rows, an empty result, a page past the end) is on screen
// before it works: what a person does there waits for the app.
if (document.getElementById(SERVER_STATE_ID)) holdEarlyInteractions()

const rows = serverRenderedRows(document)
if (rows !== null) {
  afterNextPaint(() => {
    markRowsPainted(rows)
    startApp()
  })
} else {
  startApp()
}
