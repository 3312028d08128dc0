import type { HttpProblem } from 'statuskit'
import { read } from './read-member.js'

/** Longest text kept from one message or stack, so a huge message cannot flood a log. */
const MAX_TEXT = 4096
/** How deep a chain of causes is followed. */
const MAX_DEPTH = 4
/** The members of a thrown object a log keeps: the first three as an `Error` has them (hidden), the rest shown. */
const KEPT = ['name', 'message', 'stack', 'code', 'status', 'statusCode']

/** An absolute URL in free text. */
const URL_IN_TEXT = /\b[a-z][\w+.-]*:\/\/[^\s"'`<>]+/gi
/** A credential written as `name: value` or `name=value` (a header line, a form or query parameter). */
const NAMED_CREDENTIAL = /\b((?:proxy-)?authorization|(?:set-)?cookie|[\w.-]*(?:api[-_]?key|token|secret|passw(?:or)?d|pwd|signature|session|credential)s?)(["']?\s*[:=]\s*)[^\r\n&"']+/gi
/** Credentials after an authentication scheme (`Bearer abc...`). */
const SCHEME_CREDENTIAL = /\b(bearer|basic|digest|negotiate)(\s+)[\w.~+/=-]{8,}/gi
const REDACTED = '[redacted]'

/** `url` without user-info, query or fragment (they carry tokens and passwords). */
function redactUrl(url: string): string {
  try {
    const { origin, pathname, search, hash } = new URL(url)
    return origin === 'null' ? REDACTED : origin + pathname + (search || hash ? `?${REDACTED}` : '')
  } catch {
    return REDACTED
  }
}

/**
 * `text` without the credentials it may carry: URLs lose their user-info, query and
 * fragment; credential fields and parameters and authentication schemes lose their
 * values. At most {@link MAX_TEXT} characters are kept. Internal.
 *
 * @param text - A message or a stack.
 * @returns The text safe to log.
 */
export function redactText(text: string): string {
  return (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text)
    .replace(URL_IN_TEXT, redactUrl)
    .replace(NAMED_CREDENTIAL, `$1$2${REDACTED}`)
    .replace(SCHEME_CREDENTIAL, `$1$2${REDACTED}`)
}

/**
 * What a log may hold of a thrown value: for an object, a new `Error` with only the
 * {@link KEPT} members that are strings (redacted) or numbers, and the same of its `cause`
 * ({@link MAX_DEPTH} deep); a string redacted; another primitive as it is. The rest (an
 * HTTP client's request config and headers, a raw request head, ...) is left out.
 */
function safeCause(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? redactText(value) : value
  const error = Object.create(Error.prototype) as Error
  KEPT.forEach((key, index) => {
    const member = read(value, key)
    if (typeof member === 'string' || typeof member === 'number') {
      const safe = typeof member === 'string' ? redactText(member) : member
      Object.defineProperty(error, key, { value: safe, writable: true, configurable: true, enumerable: index > 2 })
    }
  })
  const cause = read(value, 'cause')
  if (cause !== undefined && depth < MAX_DEPTH) Object.defineProperty(error, 'cause', { value: safeCause(cause, depth + 1), writable: true, configurable: true })
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
    // `stack` is redacted below; reading its descriptor would format it for nothing.
    const descriptor = key === 'stack' ? undefined : Object.getOwnPropertyDescriptor(problem, key)
    if (descriptor) {
      const value: unknown = descriptor.value
      if ((key === 'message' || key === 'detail') && typeof value === 'string') descriptor.value = redactText(value)
      Object.defineProperty(view, key, descriptor)
    }
  }
  const stack = read(problem, 'stack')
  Object.defineProperty(view, 'stack', { value: typeof stack === 'string' ? redactText(stack) : stack, writable: true, configurable: true })
  Object.defineProperty(view, 'cause', { value: safeCause(cause, 1), writable: true, configurable: true })
  return view
}
