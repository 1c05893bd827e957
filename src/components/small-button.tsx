import type { ButtonHTMLAttributes } from 'react'

/**
 * A small, quiet button for choices beside a control (quick ranges, seen statuses). Given
 * `aria-pressed`, it is a toggle and shows when it is on.
 */
export function SmallButton({ className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      {...props}
      className={className ? `small-btn ${className}` : 'small-btn'}
    />
  )
}
