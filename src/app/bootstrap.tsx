import { TIME_ZONE_COOKIE } from '../../contract/server-render.ts'
import { chosenZone, subscribeToZone } from '../lib/clock.tsx'
import { replayEarlyInteractions } from './early-interactions.ts'
import { readServerState } from './server-state.ts'
import { startApp } from './start-app.tsx'

startApp(document.getElementById('root')!, readServerState(document), replayEarlyInteractions)

// The next page the server renders shows times in the zone chosen here from the start.
const tellServerTheZone = () => {
  document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(chosenZone())}; path=/; max-age=31536000; samesite=lax`
}
tellServerTheZone()
subscribeToZone(tellServerTheZone)
