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
      className={`h-7 rounded-md px-1.5 text-xs font-medium whitespace-nowrap text-slate-600 ring-1 ring-slate-200 ring-inset hover:bg-slate-100 hover:text-slate-900 aria-pressed:bg-indigo-600 aria-pressed:text-white aria-pressed:ring-indigo-600 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800 dark:hover:text-white ${className}`}
    />
  )
}
