/** What the detail page needs to lead back to the list exactly as it was. */
export interface DetailLocationState {
  listSearch?: string
  /** The session the list opened, whose row gets the focus back on the way back. */
  fromSession?: string
}

/** Read when a row is opened, so no row has to re-render each time the URL changes. */
export const listState = (sessionId: string): DetailLocationState => ({
  listSearch: window.location.search,
  fromSession: sessionId,
})
