/** Query keys of the account usage, so no call site types one by hand. */
export const usageKeys = {
  all: ['usage'] as const,
  /** `historyQuery` is the request's query string without its page. */
  history: (historyQuery: string) => ['usage', 'history', historyQuery] as const,
  billing: ['usage', 'billing'] as const,
}
