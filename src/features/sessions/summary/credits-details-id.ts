/** The id of the chart-and-breakdowns panel below the table, which the strip's toggle controls. */
export const CREDITS_DETAILS_ID = 'credits-details'
