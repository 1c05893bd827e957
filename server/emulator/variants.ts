/**
 * Where the provider's documents disagree with each other, the emulator answers by the OpenAPI
 * file by default and keeps the other readings behind named variants, so the dashboard stays
 * tested against each:
 *   steps-list     `GET /v1/sessions/{id}` sends `steps` as a list of `{ index, action,
 *                  created_at }` (for about a quarter of the AI-task sessions), as some answers do
 *   null-fields    `duration`, `steps` and `proxy_bytes` are null where the list item has none
 *   absent-fields  the same fields are left out instead
 * They are switched on for a whole run by EMULATOR_VARIANTS (a comma list), or for one request
 * by naming them in the `x-emulator-fault` header.
 */

export const VARIANTS = ['steps-list', 'null-fields', 'absent-fields'] as const
export type Variant = (typeof VARIANTS)[number]

export function isVariant(name: string): name is Variant {
  return (VARIANTS as readonly string[]).includes(name)
}

export function variantsFromEnv(raw: string | undefined): Variant[] {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of names) {
    if (!isVariant(name)) {
      throw new Error(
        `EMULATOR_VARIANTS: unknown variant "${name}" (known: ${VARIANTS.join(', ')})`,
      )
    }
  }
  return names as Variant[]
}
