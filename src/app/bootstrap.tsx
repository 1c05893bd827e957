import { TIME_ZONE_COOKIE } from '../../contract/server-render.ts'
import { systemTimeZone } from '../lib/date-time.ts'
import { replayEarlyInteractions } from './early-interactions.ts'
import { readServerState } from './server-state.ts'
import { startApp } from './start-app.tsx'

await startApp(document.getElementById('root')!, readServerState(document), replayEarlyInteractions)

// The next page the server renders shows times in this browser's zone from the start.
document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(systemTimeZone())}; path=/; max-age=31536000; samesite=lax`
