/** The strip's lines of text, shared by the strip and the notes that load with a walk. */
export const note = 'text-sm text-slate-600 dark:text-slate-300'
export const warning = 'text-sm text-amber-800 dark:text-amber-200'
