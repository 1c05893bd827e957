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
      // Its icon, details and close button are styled from this one class (styles/controls.css).
      className="notice"
    >
      <AlertIcon />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        {children ? <div className="details">{children}</div> : null}
      </div>
      {onDismiss ? (
        <button type="button" onClick={onDismiss} aria-label={dismissLabel}>
          <XIcon />
        </button>
      ) : null}
    </section>
  )
}
