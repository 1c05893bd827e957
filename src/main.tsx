import { startFirstPageRequest } from './features/sessions/api/first-page-request.ts'
import './index.css'

// This entry stays tiny: it asks for the data first, then loads the app beside it.
startFirstPageRequest()
void import('./app/bootstrap.tsx')
