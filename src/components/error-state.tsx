import type { ReactNode } from 'react'
import { AlertIcon } from './icons.tsx'

/** Something failed: says what, in the API's own words where it gave some, and how to go on. */
export function ErrorState({
  title,
  message,
  children,
  actions,
}: {
  title: string
  message?: string
  children?: ReactNode
  actions?: ReactNode
}) {
  return (
    <div role="alert" className="flex flex-col items-center px-6 py-14 text-center">
      <div className="mb-4 grid size-11 place-items-center rounded-full bg-red-50 text-red-600 dark:bg-red-400/10 dark:text-red-400">
        <AlertIcon className="size-5" />
      </div>
      <h2 className="text-base font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      {message && (
        <p className="mt-1.5 max-w-lg text-sm break-words text-slate-700 dark:text-slate-300">
          {message}
        </p>
      )}
      {children && (
        <div className="mt-3 max-w-lg text-sm text-slate-600 dark:text-slate-400">{children}</div>
      )}
      {actions && <div className="mt-5 flex flex-wrap justify-center gap-2">{actions}</div>}
    </div>
  )
}
