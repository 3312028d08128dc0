import { build } from './build.js'
import { retryAfterValue } from '../../http/retry-after-value.js'
import type { HttpProblem } from '../http-problem.js'
import type { ProblemOptions } from '../problem-options.js'
import { optionsOf } from './header-options.js'

// One builder for every registered 5xx code of the catalog that is still in use; a test
// (test/problem/builders.test.ts) derives the expected names from the catalog. No builder
// for 510 Not Extended: its RFC 2774 was moved to Historic and IANA marks it obsolete;
// use problem(510) if you must. Titles are literals so one builder bundles on its own.

/**
 * Builds a 500 Internal Server Error problem: an unexpected condition prevented the server
 * from fulfilling the request. `detail` is not sent unless `expose: true`.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 500 and title "Internal Server Error".
 *
 * @example
 * ```ts
 * import { internalServerError } from 'statuskit'
 * throw internalServerError('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1 | RFC 9110 §15.6.1}
 */
export function internalServerError(detail?: string, options?: ProblemOptions): HttpProblem<500> {
  return build(500, 'Internal Server Error', detail, options)
}

/**
 * Builds a 501 Not Implemented problem: the server does not support the functionality
 * required (e.g. an unknown method).
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 501 and title "Not Implemented".
 *
 * @example
 * ```ts
 * import { notImplemented } from 'statuskit'
 * throw notImplemented('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2 | RFC 9110 §15.6.2}
 */
export function notImplemented(detail?: string, options?: ProblemOptions): HttpProblem<501> {
  return build(501, 'Not Implemented', detail, options)
}

/**
 * Builds a 502 Bad Gateway problem: acting as a gateway or proxy, the server received an
 * invalid response from an upstream server.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 502 and title "Bad Gateway".
 *
 * @example
 * ```ts
 * import { badGateway } from 'statuskit'
 * throw badGateway('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3 | RFC 9110 §15.6.3}
 */
export function badGateway(detail?: string, options?: ProblemOptions): HttpProblem<502> {
  return build(502, 'Bad Gateway', detail, options)
}

/**
 * Options of `serviceUnavailable()`: {@link ProblemOptions} plus the `retryAfter` header value.
 *
 * @example
 * ```ts
 * import { serviceUnavailable, type ServiceUnavailableOptions } from 'statuskit'
 * const options: ServiceUnavailableOptions = { retryAfter: 120 }
 * throw serviceUnavailable(options)
 * ```
 */
export interface ServiceUnavailableOptions extends ProblemOptions {
  /** Seconds to wait, or the moment to retry at (`Retry-After`, RFC 9110 §10.2.3). */
  readonly retryAfter?: number | Date | undefined
}

/**
 * Builds a 503 Service Unavailable problem: the server is temporarily unable to handle the
 * request (overload, maintenance). Pass `retryAfter` to say when to come back.
 *
 * Call it as `serviceUnavailable(options)` or `serviceUnavailable(detail, options)`.
 *
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 503 and title "Service Unavailable".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { serviceUnavailable } from 'statuskit'
 * throw serviceUnavailable({ retryAfter: 120 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4 | RFC 9110 §15.6.4}
 */
export function serviceUnavailable(options: ServiceUnavailableOptions): HttpProblem<503>
/**
 * Builds a 503 Service Unavailable problem: the server is temporarily unable to handle the
 * request (overload, maintenance). Pass `retryAfter` to say when to come back.
 *
 * Call it as `serviceUnavailable(options)` or `serviceUnavailable(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 503 and title "Service Unavailable".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { serviceUnavailable } from 'statuskit'
 * throw serviceUnavailable({ retryAfter: 120 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4 | RFC 9110 §15.6.4}
 */
export function serviceUnavailable(detail?: string, options?: ServiceUnavailableOptions): HttpProblem<503>
export function serviceUnavailable(detail?: string | ServiceUnavailableOptions, options?: ServiceUnavailableOptions): HttpProblem<503> {
  const o = optionsOf(detail, options, undefined)
  return build(503, 'Service Unavailable', detail, options, o.retryAfter === undefined ? undefined : { 'retry-after': retryAfterValue(o.retryAfter) })
}

/**
 * Builds a 504 Gateway Timeout problem: acting as a gateway or proxy, the server did not
 * receive a timely response from an upstream server.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 504 and title "Gateway Timeout".
 *
 * @example
 * ```ts
 * import { gatewayTimeout } from 'statuskit'
 * throw gatewayTimeout('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5 | RFC 9110 §15.6.5}
 */
export function gatewayTimeout(detail?: string, options?: ProblemOptions): HttpProblem<504> {
  return build(504, 'Gateway Timeout', detail, options)
}

/**
 * Builds a 505 HTTP Version Not Supported problem: the server does not support the major
 * HTTP version of the request.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 505 and title "HTTP Version Not Supported".
 *
 * @example
 * ```ts
 * import { httpVersionNotSupported } from 'statuskit'
 * throw httpVersionNotSupported('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6 | RFC 9110 §15.6.6}
 */
export function httpVersionNotSupported(detail?: string, options?: ProblemOptions): HttpProblem<505> {
  return build(505, 'HTTP Version Not Supported', detail, options)
}

/**
 * Builds a 506 Variant Also Negotiates problem: transparent content negotiation is
 * misconfigured: the chosen variant negotiates itself.
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 506 and title "Variant Also Negotiates".
 *
 * @example
 * ```ts
 * import { variantAlsoNegotiates } from 'statuskit'
 * throw variantAlsoNegotiates('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc2295#section-8.1 | RFC 2295 §8.1}
 */
export function variantAlsoNegotiates(detail?: string, options?: ProblemOptions): HttpProblem<506> {
  return build(506, 'Variant Also Negotiates', detail, options)
}

/**
 * Builds a 507 Insufficient Storage problem: the server cannot store the representation
 * needed to complete the request (WebDAV).
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 507 and title "Insufficient Storage".
 *
 * @example
 * ```ts
 * import { insufficientStorage } from 'statuskit'
 * throw insufficientStorage('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.5 | RFC 4918 §11.5}
 */
export function insufficientStorage(detail?: string, options?: ProblemOptions): HttpProblem<507> {
  return build(507, 'Insufficient Storage', detail, options)
}

/**
 * Builds a 508 Loop Detected problem: the server found an infinite loop while processing
 * the request (WebDAV bindings).
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 508 and title "Loop Detected".
 *
 * @example
 * ```ts
 * import { loopDetected } from 'statuskit'
 * throw loopDetected('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.2 | RFC 5842 §7.2}
 */
export function loopDetected(detail?: string, options?: ProblemOptions): HttpProblem<508> {
  return build(508, 'Loop Detected', detail, options)
}

/**
 * Builds a 511 Network Authentication Required problem: the client must authenticate to
 * gain network access (captive portals; not for origin servers).
 *
 * @param detail - Explanation of this occurrence, sent to the client only with `expose: true`. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 511 and title "Network Authentication Required".
 *
 * @example
 * ```ts
 * import { networkAuthenticationRequired } from 'statuskit'
 * throw networkAuthenticationRequired('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-6 | RFC 6585 §6}
 */
export function networkAuthenticationRequired(detail?: string, options?: ProblemOptions): HttpProblem<511> {
  return build(511, 'Network Authentication Required', detail, options)
}
