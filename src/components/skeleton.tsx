/** A grey placeholder block with a soft pulse, for content that is on its way. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`block animate-pulse rounded bg-slate-200/80 dark:bg-slate-700/60 ${className}`}
    />
  )
}
