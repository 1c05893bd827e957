/**
 * Credits are summed as whole millionths: float addition depends on the order of the terms,
 * and a walk that finishes its pages in a different order must not give a different total,
 * nor may the chart's bars add up to anything but the total.
 */
const SCALE = 1_000_000

export const toCreditUnits = (credits: number) => Math.round(credits * SCALE)
export const fromCreditUnits = (units: number) => units / SCALE
