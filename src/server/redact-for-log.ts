import type { HttpProblem } from 'statuskit'

/** Longest text kept from one message or stack, so a huge message cannot flood a log. */
const MAX_TEXT = 4096
/** How deep a chain of causes is followed. */
const MAX_DEPTH = 4

/** An absolute URL in free text. */
const URL_IN_TEXT = /\b[a-z][a-z\d+.-]*:\/\/[^\s"'`<>]+/gi
/** Credentials after an authentication scheme (`Bearer abc`, `Basic dXNlcjpw`). */
const AUTH_SCHEME = /\b([Bb]earer|[Bb]asic|Digest|Negotiate|Token|ApiKey)(\s+)[\w.~+/=-]{8,}/g
/** A credential header written out (`Authorization: ...`, `Cookie: ...`) up to the line end. */
const CREDENTIAL_FIELD = /\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)(["']?\s*[:=]\s*)[^\r\n]*/gi
/** A credential parameter outside a URL (`api_key=...`, `password=...`). */
const CREDENTIAL_PARAM = /\b([\w.-]*(?:key|token|secret|password|passwd|pwd|signature|sig|auth|session|credential)[\w.-]*=)[^&\s"'<>]+/gi

const REDACTED = '[redacted]'

/** `url` without user-info, query or fragment (they carry tokens and passwords). */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const cut = parsed.search !== '' || parsed.hash !== '' ? `?${REDACTED}` : ''
    return parsed.origin === 'null' ? REDACTED : `${parsed.origin}${parsed.pathname}${cut}`
  } catch {
    return REDACTED
  }
}

/**
 * `text` without the credentials it may carry: URLs lose their user-info, query and
 * fragment; authentication schemes, credential header fields and credential parameters
 * lose their values. At most {@link MAX_TEXT} characters are kept. Internal.
 *
 * @param text - A message or a stack.
 * @returns The text safe to log.
 */
export function redactText(text: string): string {
  const bounded = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
  return bounded
    .replace(URL_IN_TEXT, redactUrl)
    .replace(CREDENTIAL_FIELD, `$1$2${REDACTED}`)
    .replace(AUTH_SCHEME, `$1$2${REDACTED}`)
    .replace(CREDENTIAL_PARAM, `$1${REDACTED}`)
}

/** Reads a member without ever throwing (getters, Proxies). */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? redactText(value) : undefined
}

/**
 * What a log may hold of a thrown value: for an object, a new `Error` with only its name,
 * message, stack, `code`, `status` and the same of its `cause` (four deep), all text
 * redacted; a primitive as redacted text. The rest (an HTTP client's request config and
 * headers, a raw request head, ...) is left out. Internal.
 */
function safeCause(value: unknown, depth: number): unknown {
  if (value === undefined || value === null) return value
  if (typeof value !== 'object' && typeof value !== 'function') {
    return typeof value === 'string' ? redactText(value) : typeof value === 'symbol' ? value.toString() : value
  }
  const name = text(read(value, 'name')) ?? 'Error'
  const message = text(read(value, 'message')) ?? ''
  const error = Object.create(Error.prototype) as Error & Record<string, unknown>
  const hidden = (key: string, member: unknown) => Object.defineProperty(error, key, { value: member, writable: true, configurable: true })
  hidden('name', name)
  hidden('message', message)
  hidden('stack', text(read(value, 'stack')) ?? (message ? `${name}: ${message}` : name))
  const code = read(value, 'code')
  if (typeof code === 'number' || (typeof code === 'string' && code.length <= 64)) error['code'] = text(code) ?? code
  for (const key of ['status', 'statusCode']) {
    const status = read(value, key)
    if (typeof status === 'number') error[key] = status
  }
  const cause = read(value, 'cause')
  if (cause !== undefined && depth < MAX_DEPTH) hidden('cause', safeCause(cause, depth + 1))
  return error
}

/**
 * The problem as the log step hands it to a logger: the same problem when it has no
 * `cause`; otherwise a copy (same class, fields, headers, extensions and warnings) whose
 * `cause` is reduced by {@link safeCause} and whose `message`, `detail` and `stack` are
 * redacted as {@link redactText} does. Credentials an HTTP client's error carries
 * (axios `config.headers.Authorization`, got `options.url` with an `api_key`) never reach
 * the log. Internal; may throw on a hostile problem (the caller catches).
 *
 * @param problem - The problem sent.
 * @returns The problem to log.
 */
export function redactForLog(problem: HttpProblem): HttpProblem {
  const cause = read(problem, 'cause')
  if (cause === undefined) return problem
  const view = Object.create(Object.getPrototypeOf(problem) as object) as HttpProblem
  for (const key of Reflect.ownKeys(problem)) {
    if (key === 'stack') continue
    const descriptor = Object.getOwnPropertyDescriptor(problem, key)
    if (descriptor) Object.defineProperty(view, key, descriptor)
  }
  const hidden = (key: string, value: unknown) => Object.defineProperty(view, key, { value, writable: true, configurable: true })
  hidden('cause', safeCause(cause, 1))
  hidden('message', text(read(problem, 'message')) ?? '')
  hidden('stack', text(read(problem, 'stack')))
  const detail = read(problem, 'detail')
  if (typeof detail === 'string') Object.defineProperty(view, 'detail', { value: redactText(detail), writable: true, enumerable: true, configurable: true })
  return view
}
