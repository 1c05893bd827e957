/**
 * The boolean filters the filter-change bench walks, and the choices of each, declared once for
 * the walk (bench/filter-change.ts) and for the radios of the plain-DOM floor page
 * (bench/floor/rows), which writes `value` under the filter's name straight into the API query.
 */
export const WALKED_FILTERS = ['task_initiated', 'playground', 'proxy', 'extra_stealth'] as const
export type WalkedFilter = (typeof WALKED_FILTERS)[number]

/** A Gray-code digit's values 0, 1, 2: the label on both pages' radios, the floor's API value. */
export const CHOICES = [
  { label: 'Any', value: '' },
  { label: 'Yes', value: 'true' },
  { label: 'No', value: 'false' },
] as const
export type ChoiceLabel = (typeof CHOICES)[number]['label']
