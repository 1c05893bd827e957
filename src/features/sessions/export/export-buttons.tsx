import { useState } from 'react'
import type { SessionsSearch } from '../search-params.ts'
import type { WalkResult } from '../api/walk-pages.ts'
import type { ExportFormat } from './build-export.ts'

const button =
  'rounded-md bg-white px-2.5 py-1 text-sm font-medium shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60 dark:bg-slate-800 dark:ring-slate-700 dark:hover:bg-slate-700'

/**
 * Downloads every session the filters match, from the walk already done. The code that builds
 * the files loads on the first click, so it never weighs on the first page load.
 */
export function ExportButtons({ walk, search }: { walk: WalkResult; search: SessionsSearch }) {
  const [error, setError] = useState<string | null>(null)

  const download = async (format: ExportFormat) => {
    setError(null)
    try {
      const { buildExport, downloadFile } = await import('./build-export.ts')
      downloadFile(buildExport(format, walk, search))
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The export failed.')
    }
  }

  const count = walk.sessions.length
  return (
    <div className="flex flex-wrap items-center gap-2">
      {/* On a phone the buttons alone, on the strip's one line; read out in full everywhere. */}
      <span className="sr-only text-xs text-slate-500 sm:not-sr-only dark:text-slate-400">
        Export all {count.toLocaleString('en-US')}:
      </span>
      <button type="button" className={button} onClick={() => void download('csv')}>
        CSV
      </button>
      <button type="button" className={button} onClick={() => void download('json')}>
        JSON
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </div>
  )
}
