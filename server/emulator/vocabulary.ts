/**
 * The words the demo data set is made of. Tags and domains are stored as 32-bit masks, so each
 * list holds at most 31 entries (bit 31 would make the signed masks negative). A few entries
 * are non-ASCII or mixed-case on purpose: the dashboard's case-insensitive search must meet
 * them.
 */

export const TAGS = [
  'production',
  'staging',
  'dev',
  'scraping',
  'checkout-flow',
  'login-flow',
  'monitoring',
  'customer-acme',
  'customer-globex',
  'nightly',
  'regression',
  'price-watch',
  'lead-gen',
  'ai-agent',
  'form-fill',
  'smoke',
  'café-scraper',
  'müller-gmbh',
  'über-watch',
  'QA-Team',
] as const

export const DOMAINS = [
  'example.com',
  'shop.example.com',
  'checkout.example.com',
  'accounts.example.com',
  'api.example.com',
  'www.amazon.com',
  'www.ebay.com',
  'www.walmart.com',
  'www.bestbuy.com',
  'github.com',
  'gitlab.com',
  'www.google.com',
  'maps.google.com',
  'docs.google.com',
  'www.linkedin.com',
  'news.ycombinator.com',
  'en.wikipedia.org',
  'acme.example.com',
  'globex.example.net',
  'www.mueller-gmbh.de',
  'www.zalando.de',
  'www.booking.com',
  'www.reddit.com',
  'stackoverflow.com',
  'forms.example.org',
  'login.microsoftonline.com',
  'cafe.example.fr',
  'status.example.com',
] as const

/** Names of the API keys that create sessions; the list endpoint sorts on them. */
export const API_KEYS = [
  'production-key',
  'ci-runner',
  'staging-key',
  'automation-key',
  'alice-laptop',
  'bob-dev',
  'nightly-cron',
  'jürgen-desktop',
] as const

export const PROFILES = [
  'default',
  'amazon-buyer',
  'linkedin-recruiter',
  'github-bot',
  'checkout-tester',
  'globex-admin',
  'Café Owner',
  'Müller GmbH QA',
  'ÜBER Ops',
] as const

export const PROXY_TYPES = ['anchor_proxy', 'anchor_residential', 'custom'] as const

/**
 * Statuses, as an open set: `timed_out` is deliberately rare and undocumented so the dashboard
 * meets a status it has no special style for.
 */
export const STATUSES = ['completed', 'failed', 'terminated', 'timed_out', 'running'] as const
export const STATUS_WEIGHTS = [86.5, 8, 5, 0.5] // of sessions that have ended
export const RUNNING = STATUSES.indexOf('running')
export const FAILED = STATUSES.indexOf('failed')

/** The documentation address ranges (RFC 5737): realistic-looking, never anyone's real IP. */
export const IP_PREFIXES = ['192.0.2.', '198.51.100.', '203.0.113.'] as const
