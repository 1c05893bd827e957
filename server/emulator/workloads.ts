/** The kinds of job the demo team runs, from which each generated session is drawn. */
import type { API_KEYS, DOMAINS, PROFILES, TAGS } from './vocabulary.ts'

type Tag = (typeof TAGS)[number]
type Domain = (typeof DOMAINS)[number]
type ApiKey = (typeof API_KEYS)[number]
type Profile = (typeof PROFILES)[number]

/**
 * A kind of job a team runs. Sessions of one workload share tags, domains, keys and browser
 * settings, so the data set has the correlations a real history has (and batches look alike).
 */
export interface Workload {
  weight: number
  /** Extra weight in the small hours (UTC), for scheduled jobs. */
  nightWeight: number
  tags: readonly Tag[]
  domains: readonly Domain[]
  apiKeys: readonly ApiKey[]
  profiles: readonly Profile[]
  profileChance: number
  proxyChance: number
  /** Relative weights of PROXY_TYPES when a proxy is on. */
  proxyTypeWeights: readonly number[]
  stealthChance: number
  headlessChance: number
  recordingChance: number
  taskChance: number
  playgroundChance: number
  medianSeconds: number
  /** Chance that a session starts a batch of 5-50 related sessions. */
  batchChance: number
}

export const WORKLOADS: readonly Workload[] = [
  {
    weight: 22,
    nightWeight: 2,
    tags: ['production', 'scraping', 'price-watch', 'über-watch'],
    domains: [
      'www.amazon.com',
      'www.ebay.com',
      'www.walmart.com',
      'www.bestbuy.com',
      'shop.example.com',
    ],
    apiKeys: ['production-key', 'automation-key'],
    profiles: ['amazon-buyer', 'default'],
    profileChance: 0.5,
    proxyChance: 0.85,
    proxyTypeWeights: [3, 6, 1],
    stealthChance: 0.6,
    headlessChance: 0.97,
    recordingChance: 0.3,
    taskChance: 0.1,
    playgroundChance: 0,
    medianSeconds: 180,
    batchChance: 0.012,
  },
  {
    weight: 16,
    nightWeight: 1,
    tags: ['staging', 'checkout-flow', 'regression', 'smoke', 'QA-Team'],
    domains: [
      'shop.example.com',
      'checkout.example.com',
      'accounts.example.com',
      'api.example.com',
    ],
    apiKeys: ['ci-runner', 'staging-key'],
    profiles: ['checkout-tester'],
    profileChance: 0.6,
    proxyChance: 0.1,
    proxyTypeWeights: [8, 1, 1],
    stealthChance: 0.05,
    headlessChance: 0.9,
    recordingChance: 0.8,
    taskChance: 0.05,
    playgroundChance: 0,
    medianSeconds: 95,
    batchChance: 0.02,
  },
  {
    weight: 14,
    nightWeight: 1,
    tags: ['production', 'monitoring', 'login-flow'],
    domains: [
      'example.com',
      'accounts.example.com',
      'status.example.com',
      'github.com',
      'login.microsoftonline.com',
    ],
    apiKeys: ['automation-key', 'production-key'],
    profiles: ['github-bot', 'default'],
    profileChance: 0.7,
    proxyChance: 0.2,
    proxyTypeWeights: [9, 0, 1],
    stealthChance: 0.1,
    headlessChance: 1,
    recordingChance: 0.4,
    taskChance: 0,
    playgroundChance: 0,
    medianSeconds: 40,
    batchChance: 0,
  },
  {
    weight: 10,
    nightWeight: 0,
    tags: ['production', 'customer-acme', 'scraping', 'lead-gen'],
    domains: ['acme.example.com', 'www.linkedin.com', 'news.ycombinator.com', 'www.google.com'],
    apiKeys: ['production-key'],
    profiles: ['linkedin-recruiter'],
    profileChance: 0.8,
    proxyChance: 0.9,
    proxyTypeWeights: [2, 7, 1],
    stealthChance: 0.8,
    headlessChance: 0.95,
    recordingChance: 0.5,
    taskChance: 0.3,
    playgroundChance: 0,
    medianSeconds: 420,
    batchChance: 0.015,
  },
  {
    weight: 8,
    nightWeight: 0,
    tags: ['production', 'customer-globex', 'lead-gen', 'form-fill'],
    domains: ['globex.example.net', 'www.google.com', 'maps.google.com', 'forms.example.org'],
    apiKeys: ['production-key', 'automation-key'],
    profiles: ['globex-admin'],
    profileChance: 0.6,
    proxyChance: 0.6,
    proxyTypeWeights: [6, 3, 1],
    stealthChance: 0.3,
    headlessChance: 0.9,
    recordingChance: 0.5,
    taskChance: 0.5,
    playgroundChance: 0,
    medianSeconds: 300,
    batchChance: 0.01,
  },
  {
    weight: 2,
    nightWeight: 9,
    tags: ['nightly', 'regression', 'staging', 'dev'],
    domains: [
      'example.com',
      'shop.example.com',
      'checkout.example.com',
      'api.example.com',
      'gitlab.com',
    ],
    apiKeys: ['nightly-cron', 'ci-runner'],
    profiles: ['checkout-tester', 'default'],
    profileChance: 0.3,
    proxyChance: 0.05,
    proxyTypeWeights: [1, 0, 0],
    stealthChance: 0,
    headlessChance: 1,
    recordingChance: 0.9,
    taskChance: 0,
    playgroundChance: 0,
    medianSeconds: 150,
    batchChance: 0.08,
  },
  {
    weight: 9,
    nightWeight: 0,
    tags: ['dev', 'café-scraper', 'QA-Team', 'smoke'],
    domains: [
      'cafe.example.fr',
      'en.wikipedia.org',
      'stackoverflow.com',
      'www.reddit.com',
      'github.com',
      'example.com',
    ],
    apiKeys: ['alice-laptop', 'bob-dev', 'jürgen-desktop'],
    profiles: ['Café Owner', 'default', 'ÜBER Ops'],
    profileChance: 0.4,
    proxyChance: 0.3,
    proxyTypeWeights: [4, 2, 4],
    stealthChance: 0.2,
    headlessChance: 0.3,
    recordingChance: 0.9,
    taskChance: 0.2,
    playgroundChance: 0.5,
    medianSeconds: 600,
    batchChance: 0,
  },
  {
    weight: 7,
    nightWeight: 0,
    tags: ['müller-gmbh', 'production', 'scraping', 'monitoring'],
    domains: ['www.mueller-gmbh.de', 'www.zalando.de', 'www.booking.com', 'www.google.com'],
    apiKeys: ['production-key', 'jürgen-desktop'],
    profiles: ['Müller GmbH QA'],
    profileChance: 0.7,
    proxyChance: 0.7,
    proxyTypeWeights: [3, 5, 2],
    stealthChance: 0.4,
    headlessChance: 0.85,
    recordingChance: 0.4,
    taskChance: 0.1,
    playgroundChance: 0.05,
    medianSeconds: 240,
    batchChance: 0.01,
  },
  {
    weight: 12,
    nightWeight: 0,
    tags: ['ai-agent', 'form-fill', 'staging', 'production'],
    domains: [
      'docs.google.com',
      'forms.example.org',
      'github.com',
      'www.linkedin.com',
      'example.com',
    ],
    apiKeys: ['automation-key', 'staging-key', 'alice-laptop'],
    profiles: ['default', 'github-bot'],
    profileChance: 0.3,
    proxyChance: 0.4,
    proxyTypeWeights: [6, 3, 1],
    stealthChance: 0.3,
    headlessChance: 0.8,
    recordingChance: 0.7,
    taskChance: 0.9,
    playgroundChance: 0.1,
    medianSeconds: 360,
    batchChance: 0.005,
  },
]
