/** The first column stays put while the table scrolls sideways on a narrow screen. */
export const STICKY_CELL =
  'sticky left-0 z-10 shadow-[inset_-1px_0_0_var(--color-slate-200)] dark:shadow-[inset_-1px_0_0_var(--color-slate-800)]'
