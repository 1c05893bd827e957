/**
 * A grey placeholder block with a soft pulse, for content that is on its way: a page of rows
 * still loading holds one per cell, hence one class (src/styles/controls.css).
 */
export function Skeleton({ className = '' }: { className?: string }) {
  return <span aria-hidden="true" className={className ? `skeleton ${className}` : 'skeleton'} />
}
