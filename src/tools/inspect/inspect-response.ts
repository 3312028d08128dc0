import { toExchange, type HeaderInput } from './exchange.js'
import type { RuleInfo, Severity } from './rule.js'
import { RULES_WITH_CHECKS } from './rule-list.js'
import { summarize, type InspectSummary } from './summary.js'

/**
 * The exchange to inspect: the request as sent and the response as received.
 *
 * @example
 * ```ts
 * import type { InspectInput } from 'statuskit/inspect'
 * const input: InspectInput = {
 *   request: { method: 'GET', url: 'https://api.example.com/me' },
 *   response: { status: 401, headers: { 'www-authenticate': 'Bearer realm="api"' }, body: '' },
 * }
 * ```
 */
export interface InspectInput {
  /** The request: method (any case), URL, and headers if known (Origin, Accept, Authorization matter). */
  readonly request: {
    /** Request method, any case. */
    readonly method: string
    /** Request URL, absolute. */
    readonly url: string
    /** Request headers, if known. */
    readonly headers?: HeaderInput | undefined
  }
  /**
   * The response. `body` may be a string, bytes (`Uint8Array`, `ArrayBuffer`), an already
   * parsed JSON value, or `undefined` for no content.
   */
  readonly response: {
    /** The status received. */
    readonly status: number
    /** Response headers. */
    readonly headers: HeaderInput
    /** The body, if any: a string, bytes or an already parsed value. */
    readonly body?: unknown
  }
}

/**
 * Options of {@link inspectResponse}.
 *
 * @example
 * ```ts
 * import type { InspectOptions } from 'statuskit/inspect'
 * const options: InspectOptions = { ignore: ['body.error-without-explanation'] }
 * ```
 */
export interface InspectOptions {
  /** Rule ids to skip (see `RULES`). @default [] */
  readonly ignore?: readonly string[] | undefined
  /** The clock (ms since the epoch) for `Expires` and `Retry-After` dates. @default Date.now() */
  readonly now?: number | undefined
}

/**
 * One problem found in an exchange.
 *
 * @example
 * ```ts
 * import type { Finding } from 'statuskit/inspect'
 * const finding: Finding = {
 *   id: 'status.405-without-allow',
 *   severity: 'error',
 *   message: '405 to DELETE without an Allow header.',
 *   hint: 'Add `Allow` with the methods the resource supports.',
 *   reference: 'RFC 9110 §15.5.6',
 * }
 * ```
 */
export interface Finding extends RuleInfo {
  /** What is wrong in this exchange. */
  readonly message: string
}

/**
 * The result of {@link inspectResponse}.
 *
 * @example
 * ```ts
 * import { inspectResponse, type InspectResult } from 'statuskit/inspect'
 * const result: InspectResult = inspectResponse({
 *   request: { method: 'GET', url: 'https://api.example.com/' },
 *   response: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' },
 * })
 * ```
 */
export interface InspectResult {
  /** Findings, errors first, then warnings, then info. */
  readonly findings: readonly Finding[]
  /** Semantics, cacheability, retry and monitoring of the exchange. */
  readonly summary: InspectSummary
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * Checks a real HTTP exchange against the rules of RFC 9110, 9111, 9457, 6585 and the
 * Fetch standard (see `RULES` for the list, each with its reference and a hint), and
 * summarizes what the response means for caches, retries and monitoring.
 *
 * Never throws: odd input (a missing body, headers as `Headers`, an object or
 * `[name, value]` pairs, an invalid status) gives findings, not exceptions. Pure: it
 * reads nothing but its arguments.
 *
 * @param input - `{ request: { method, url, headers? }, response: { status, headers, body? } }`.
 * @param options - Rule ids to ignore, and the clock.
 * @returns `{ findings, summary }`.
 *
 * @example
 * ```ts
 * import { inspectResponse } from 'statuskit/inspect'
 * const { findings } = inspectResponse({
 *   request: { method: 'DELETE', url: 'https://api.example.com/orders/7' },
 *   response: { status: 405, headers: { 'content-type': 'application/problem+json' }, body: '{"status":405}' },
 * })
 * findings.map((f) => f.id) // ['status.405-without-allow']
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110 §15}
 */
export function inspectResponse(input: InspectInput, options: InspectOptions = {}): InspectResult {
  let ignore: readonly unknown[] = []
  let now = Date.now()
  try {
    if (Array.isArray(options.ignore)) ignore = Array.from(options.ignore as readonly unknown[])
    if (typeof options.now === 'number' && Number.isFinite(options.now)) now = options.now
  } catch {
    // Hostile options: use the defaults.
  }
  let request: unknown
  let response: unknown
  try {
    request = input.request
    response = input.response
  } catch {
    // Hostile input object: inspect an empty exchange.
  }
  let exchange
  try {
    exchange = toExchange(request, response, now)
  } catch {
    exchange = toExchange(undefined, undefined, now)
  }
  const findings: Finding[] = []
  for (const { id, severity, hint, reference, check } of RULES_WITH_CHECKS) {
    if (ignore.includes(id) || (!exchange.info && id !== 'status.out-of-range')) continue
    try {
      const message = check(exchange)
      if (message) findings.push({ id, severity, message, hint, reference })
    } catch {
      // A rule never breaks the inspection; an input it cannot read is not a finding.
    }
  }
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return { findings, summary: summarize(exchange, exchange.now) }
}
