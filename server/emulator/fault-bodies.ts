/**
 * The body rewrites of the fault modes: JSON that is valid but not what the contract
 * promises, so the dashboard's tolerant parsing is exercised. Each takes the parsed body of a
 * successful answer and returns the rewritten one.
 */

type Json = unknown
type JsonObject = Record<string, unknown>

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The records a body carries: list sessions, recordings, history buckets, or the one object. */
function recordsOf(body: Json): JsonObject[] {
  if (!isObject(body)) return []
  const data = body.data
  if (Array.isArray(data)) return data.filter(isObject)
  if (!isObject(data)) return []
  for (const key of ['sessions', 'items']) {
    const list = data[key]
    if (Array.isArray(list)) return list.filter(isObject)
  }
  return [data]
}

/** Fields the contract requires, removed one per record in turn (id from the first, ...). */
const REQUIRED_FIELDS = [
  ['id', 'session_id', 'date'],
  ['created_at'],
  ['status'],
  ['used_credits', 'credits_used'],
  ['api_key_name'],
  ['user_configuration', 'configuration'],
]

export function withMissingFields(body: Json): Json {
  const records = recordsOf(body)
  records.forEach((record, index) => {
    const fields = REQUIRED_FIELDS[index % REQUIRED_FIELDS.length] ?? []
    for (const field of fields) delete record[field]
  })
  // A single object (retrieve, billing) loses several at once.
  if (records.length === 1 && records[0]) {
    for (const field of ['status', 'created_at', 'credits_used']) delete records[0][field]
  }
  return body
}

export function withExtraFields(body: Json): Json {
  for (const record of recordsOf(body)) {
    record.x_unknown_field = 'added by the extra-fields fault'
    record.future_metric = 42
    record.nested_extra = { version: 2, flags: ['beta'] }
  }
  if (isObject(body)) {
    body.meta = { request_id: 'req_emulator', api_version: '2099-01-01' }
    body.deprecation_notice = null
  }
  return body
}

/** Every number anywhere in the body becomes its decimal string. */
export function withStringNumbers(body: Json): Json {
  if (typeof body === 'number') return String(body)
  if (Array.isArray(body)) return body.map(withStringNumbers)
  if (isObject(body)) {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, withStringNumbers(v)]))
  }
  return body
}

const LONG_LENGTH = 5000

function long(prefix: string): string {
  return prefix.padEnd(LONG_LENGTH, '-abcdefghij')
}

export function withLongStrings(body: Json): Json {
  for (const record of recordsOf(body)) {
    if ('api_key_name' in record) record.api_key_name = long('very-long-api-key-name')
    if (Array.isArray(record.tags)) record.tags = [long('very-long-tag'), ...record.tags.slice(1)]
    else if (isObject(record.tags)) record.tags[long('very-long-tag')] = true
    else if ('id' in record) record.tags = [long('very-long-tag')]
    if (Array.isArray(record.domains)) {
      record.domains = [long('very-long-domain.example.com'), ...record.domains.slice(1)]
    } else if ('id' in record) record.domains = [long('very-long-domain.example.com')]
    if (typeof record.suggested_file_name === 'string') {
      record.suggested_file_name = long('very-long-file-name')
    }
  }
  return body
}

/**
 * Text that would run if it were ever treated as markup, each setting `window.__xss`: closing
 * the script element that carries a server render's state, breaking out of an attribute,
 * `javascript:` links, HTML comments and line separators. Exported for the tests.
 */
export const MARKUP = {
  status: '</script><script>window.__xss="status"</script>',
  tag: '<img src=x onerror="window.__xss=\'tag\'">',
  tagLink: 'javascript:window.__xss="tag-link"',
  domain: '"><svg onload="window.__xss=\'domain\'"><!--',
  apiKey: "' onmouseover='window.__xss=1' x='",
  proxyType: '<iframe src="javascript:window.__xss=\'proxy\'"></iframe>',
  browserIp: '\u2028</title><script>window.__xss="ip"</script>',
  batch: 'javascript:window.__xss="batch"',
  profile: '<svg onload="window.__xss=\'profile\'">',
}

export function withMarkup(body: Json): Json {
  for (const record of recordsOf(body)) {
    if (!('id' in record)) continue
    record.status = MARKUP.status
    record.tags = [MARKUP.tag, MARKUP.tagLink]
    record.domains = [MARKUP.domain]
    record.api_key_name = MARKUP.apiKey
    record.proxy_type = MARKUP.proxyType
    record.browser_ip = MARKUP.browserIp
    const configuration = isObject(record.user_configuration) ? record.user_configuration : {}
    const session = isObject(configuration.session) ? configuration.session : {}
    const browser = isObject(configuration.browser) ? configuration.browser : {}
    const profile = isObject(browser.profile) ? browser.profile : {}
    configuration.session = { ...session, batch_id: MARKUP.batch }
    configuration.browser = { ...browser, profile: { ...profile, name: MARKUP.profile } }
    record.user_configuration = configuration
  }
  return body
}

/** The first half of the text: JSON that breaks off mid-value. */
export function truncate(text: string): string {
  return text.slice(0, Math.floor(text.length / 2))
}

export function nestError(body: Json): Json {
  return isObject(body) && 'error' in body ? { error: body } : body
}
