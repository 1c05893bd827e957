import type { ReactNode } from 'react'
import { AlertIcon, XIcon } from './icons.tsx'

interface NoticeProps {
  title: ReactNode
  children?: ReactNode
  /** Shows a close button; the notice is gone once the owner stops rendering it. */
  onDismiss?: () => void
  dismissLabel?: string
}

/** A polite, dismissible warning above the content it is about. */
export function Notice({ title, children, onDismiss, dismissLabel = 'Dismiss' }: NoticeProps) {
  return (
    <section
      role="status"
      className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100"
    >
      <AlertIcon className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-300" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        {children ? (
          <div className="mt-1 text-amber-900 dark:text-amber-200">{children}</div>
        ) : null}
      </div>
      {onDismiss ? (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={dismissLabel}
          className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-amber-800 hover:bg-amber-100 dark:text-amber-200 dark:hover:bg-amber-400/15"
        >
          <XIcon />
        </button>
      ) : null}
    </section>
  )
}
