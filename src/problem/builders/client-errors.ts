import { listValue, optionsOf } from './header-options.js'
import { build } from './build.js'
import { retryAfterValue } from '../../http/retry-after-value.js'
import type { HttpProblem } from '../http-problem.js'
import type { ProblemOptions } from '../problem-options.js'

// One builder for every registered 4xx code of the catalog that is still in use; a test
// (test/problem/builders.test.ts) derives the expected names from the catalog. No builder
// for 418 "(Unused)": RFC 9110 §15.5.19 reserves it; use problem(418) if you must.
// Titles are literals (not read from the catalog) so one builder bundles on its own.

/**
 * Builds a 400 Bad Request problem: the server cannot or will not process the request
 * because of a client error (malformed syntax, invalid framing). For field-level input
 * errors use `validationProblem()`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 400 and title "Bad Request".
 *
 * @example
 * ```ts
 * import { badRequest } from 'statuskit'
 * throw badRequest('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1 | RFC 9110 §15.5.1}
 */
export function badRequest(detail?: string, options?: ProblemOptions): HttpProblem<400> {
  return build(400, 'Bad Request', detail, options)
}

/**
 * Options of `unauthorized()`: {@link ProblemOptions} plus the `wwwAuthenticate` header value.
 *
 * @example
 * ```ts
 * import { unauthorized, type UnauthorizedOptions } from 'statuskit'
 * const options: UnauthorizedOptions = { wwwAuthenticate: 'Bearer realm="api"' }
 * throw unauthorized(options)
 * ```
 */
export interface UnauthorizedOptions extends ProblemOptions {
  /** The `WWW-Authenticate` challenge(s), e.g. `'Bearer realm="api"'` (RFC 9110 §11.6.1). */
  readonly wwwAuthenticate: string | readonly string[]
}

/**
 * Builds a 401 Unauthorized problem: the request lacks valid authentication credentials.
 * Sets the `WWW-Authenticate` challenge the status requires. Use 403 when the credentials
 * are valid but not enough.
 *
 * Call it as `unauthorized(options)` or `unauthorized(detail, options)`.
 *
 * @param options - `wwwAuthenticate` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 401 and title "Unauthorized".
 *   Never throws: without a valid `wwwAuthenticate` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { unauthorized } from 'statuskit'
 * throw unauthorized({ wwwAuthenticate: 'Bearer realm="api"' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2 | RFC 9110 §15.5.2}
 */
export function unauthorized(options: UnauthorizedOptions): HttpProblem<401>
/**
 * Builds a 401 Unauthorized problem: the request lacks valid authentication credentials.
 * Sets the `WWW-Authenticate` challenge the status requires. Use 403 when the credentials
 * are valid but not enough.
 *
 * Call it as `unauthorized(options)` or `unauthorized(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `wwwAuthenticate` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 401 and title "Unauthorized".
 *   Never throws: without a valid `wwwAuthenticate` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { unauthorized } from 'statuskit'
 * throw unauthorized({ wwwAuthenticate: 'Bearer realm="api"' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2 | RFC 9110 §15.5.2}
 */
export function unauthorized(detail: string | undefined, options: UnauthorizedOptions): HttpProblem<401>
export function unauthorized(detail?: string | UnauthorizedOptions, options?: UnauthorizedOptions): HttpProblem<401> {
  const o = optionsOf(detail, options, 'wwwAuthenticate')
  return build(401, 'Unauthorized', detail, options, { 'www-authenticate': listValue(o.wwwAuthenticate, 'wwwAuthenticate') })
}

/**
 * Builds a 402 Payment Required problem: reserved for future use by RFC 9110; some APIs
 * use it for billing problems (RFC 9457's out-of-credit example uses 403).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 402 and title "Payment Required".
 *
 * @example
 * ```ts
 * import { paymentRequired } from 'statuskit'
 * throw paymentRequired('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3 | RFC 9110 §15.5.3}
 */
export function paymentRequired(detail?: string, options?: ProblemOptions): HttpProblem<402> {
  return build(402, 'Payment Required', detail, options)
}

/**
 * Builds a 403 Forbidden problem: the server understood the request but refuses to fulfil
 * it; re-authenticating will not help.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 403 and title "Forbidden".
 *
 * @example
 * ```ts
 * import { forbidden } from 'statuskit'
 * throw forbidden('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4 | RFC 9110 §15.5.4}
 */
export function forbidden(detail?: string, options?: ProblemOptions): HttpProblem<403> {
  return build(403, 'Forbidden', detail, options)
}

/**
 * Builds a 404 Not Found problem: no current representation of the target resource was
 * found (or the server will not disclose that one exists).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 404 and title "Not Found".
 *
 * @example
 * ```ts
 * import { notFound } from 'statuskit'
 * throw notFound('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5 | RFC 9110 §15.5.5}
 */
export function notFound(detail?: string, options?: ProblemOptions): HttpProblem<404> {
  return build(404, 'Not Found', detail, options)
}

/**
 * Options of `methodNotAllowed()`: {@link ProblemOptions} plus the `allow` header value.
 *
 * @example
 * ```ts
 * import { methodNotAllowed, type MethodNotAllowedOptions } from 'statuskit'
 * const options: MethodNotAllowedOptions = { allow: ['GET', 'PUT'] }
 * throw methodNotAllowed(options)
 * ```
 */
export interface MethodNotAllowedOptions extends ProblemOptions {
  /** The methods the target resource supports, sent as `Allow` (RFC 9110 §10.2.1). */
  readonly allow: readonly string[]
}

/**
 * Builds a 405 Method Not Allowed problem: the method is not supported by the target
 * resource. Sets the `Allow` header the status requires.
 *
 * Call it as `methodNotAllowed(options)` or `methodNotAllowed(detail, options)`.
 *
 * @param options - `allow` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 405 and title "Method Not Allowed".
 *   Never throws: without a valid `allow` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { methodNotAllowed } from 'statuskit'
 * throw methodNotAllowed({ allow: ['GET', 'PUT'] })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 | RFC 9110 §15.5.6}
 */
export function methodNotAllowed(options: MethodNotAllowedOptions): HttpProblem<405>
/**
 * Builds a 405 Method Not Allowed problem: the method is not supported by the target
 * resource. Sets the `Allow` header the status requires.
 *
 * Call it as `methodNotAllowed(options)` or `methodNotAllowed(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `allow` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 405 and title "Method Not Allowed".
 *   Never throws: without a valid `allow` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { methodNotAllowed } from 'statuskit'
 * throw methodNotAllowed({ allow: ['GET', 'PUT'] })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 | RFC 9110 §15.5.6}
 */
export function methodNotAllowed(detail: string | undefined, options: MethodNotAllowedOptions): HttpProblem<405>
export function methodNotAllowed(detail?: string | MethodNotAllowedOptions, options?: MethodNotAllowedOptions): HttpProblem<405> {
  const o = optionsOf(detail, options, 'allow')
  return build(405, 'Method Not Allowed', detail, options, { allow: listValue(o.allow, 'allow') })
}

/**
 * Builds a 406 Not Acceptable problem: no representation matches the request's proactive
 * negotiation headers (`Accept`, ...).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 406 and title "Not Acceptable".
 *
 * @example
 * ```ts
 * import { notAcceptable } from 'statuskit'
 * throw notAcceptable('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7 | RFC 9110 §15.5.7}
 */
export function notAcceptable(detail?: string, options?: ProblemOptions): HttpProblem<406> {
  return build(406, 'Not Acceptable', detail, options)
}

/**
 * Options of `proxyAuthenticationRequired()`: {@link ProblemOptions} plus the `proxyAuthenticate` header value.
 *
 * @example
 * ```ts
 * import { proxyAuthenticationRequired, type ProxyAuthenticationRequiredOptions } from 'statuskit'
 * const options: ProxyAuthenticationRequiredOptions = { proxyAuthenticate: 'Basic realm="proxy"' }
 * throw proxyAuthenticationRequired(options)
 * ```
 */
export interface ProxyAuthenticationRequiredOptions extends ProblemOptions {
  /** The `Proxy-Authenticate` challenge(s) (RFC 9110 §11.7.1). */
  readonly proxyAuthenticate: string | readonly string[]
}

/**
 * Builds a 407 Proxy Authentication Required problem: the client must authenticate with
 * the proxy. Sets the `Proxy-Authenticate` challenge the status requires.
 *
 * Call it as `proxyAuthenticationRequired(options)` or `proxyAuthenticationRequired(detail, options)`.
 *
 * @param options - `proxyAuthenticate` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 407 and title "Proxy Authentication Required".
 *   Never throws: without a valid `proxyAuthenticate` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { proxyAuthenticationRequired } from 'statuskit'
 * throw proxyAuthenticationRequired({ proxyAuthenticate: 'Basic realm="proxy"' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8 | RFC 9110 §15.5.8}
 */
export function proxyAuthenticationRequired(options: ProxyAuthenticationRequiredOptions): HttpProblem<407>
/**
 * Builds a 407 Proxy Authentication Required problem: the client must authenticate with
 * the proxy. Sets the `Proxy-Authenticate` challenge the status requires.
 *
 * Call it as `proxyAuthenticationRequired(options)` or `proxyAuthenticationRequired(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `proxyAuthenticate` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 407 and title "Proxy Authentication Required".
 *   Never throws: without a valid `proxyAuthenticate` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { proxyAuthenticationRequired } from 'statuskit'
 * throw proxyAuthenticationRequired({ proxyAuthenticate: 'Basic realm="proxy"' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8 | RFC 9110 §15.5.8}
 */
export function proxyAuthenticationRequired(detail: string | undefined, options: ProxyAuthenticationRequiredOptions): HttpProblem<407>
export function proxyAuthenticationRequired(detail?: string | ProxyAuthenticationRequiredOptions, options?: ProxyAuthenticationRequiredOptions): HttpProblem<407> {
  const o = optionsOf(detail, options, 'proxyAuthenticate')
  return build(407, 'Proxy Authentication Required', detail, options, { 'proxy-authenticate': listValue(o.proxyAuthenticate, 'proxyAuthenticate') })
}

/**
 * Builds a 408 Request Timeout problem: the server did not receive a complete request in
 * time; the client may repeat it on a new connection.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 408 and title "Request Timeout".
 *
 * @example
 * ```ts
 * import { requestTimeout } from 'statuskit'
 * throw requestTimeout('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9 | RFC 9110 §15.5.9}
 */
export function requestTimeout(detail?: string, options?: ProblemOptions): HttpProblem<408> {
  return build(408, 'Request Timeout', detail, options)
}

/**
 * Builds a 409 Conflict problem: the request conflicts with the current state of the
 * target resource (edit race, duplicate unique key, invalid state transition). The client
 * re-reads, reapplies its change and resends with `If-Match`. Use 412 when a precondition
 * the client sent failed, 422 for input that is invalid whatever the state.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 409 and title "Conflict".
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * throw conflict('Order 7 is at version 8; you sent version 7.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10 | RFC 9110 §15.5.10}
 */
export function conflict(detail?: string, options?: ProblemOptions): HttpProblem<409> {
  return build(409, 'Conflict', detail, options)
}

/**
 * Builds a 410 Gone problem: the target resource is no longer available and this is likely
 * permanent.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 410 and title "Gone".
 *
 * @example
 * ```ts
 * import { gone } from 'statuskit'
 * throw gone('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11 | RFC 9110 §15.5.11}
 */
export function gone(detail?: string, options?: ProblemOptions): HttpProblem<410> {
  return build(410, 'Gone', detail, options)
}

/**
 * Builds a 411 Length Required problem: the server refuses the request without a `Content-
 * Length`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 411 and title "Length Required".
 *
 * @example
 * ```ts
 * import { lengthRequired } from 'statuskit'
 * throw lengthRequired('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12 | RFC 9110 §15.5.12}
 */
export function lengthRequired(detail?: string, options?: ProblemOptions): HttpProblem<411> {
  return build(411, 'Length Required', detail, options)
}

/**
 * Builds a 412 Precondition Failed problem: a precondition the client sent (`If-Match`,
 * `If-Unmodified-Since`, ...) evaluated to false: the resource changed since the client
 * read it.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 412 and title "Precondition Failed".
 *
 * @example
 * ```ts
 * import { preconditionFailed } from 'statuskit'
 * throw preconditionFailed('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13 | RFC 9110 §15.5.13}
 */
export function preconditionFailed(detail?: string, options?: ProblemOptions): HttpProblem<412> {
  return build(412, 'Precondition Failed', detail, options)
}

/**
 * Options of `contentTooLarge()`: {@link ProblemOptions} plus the `retryAfter` header value.
 *
 * @example
 * ```ts
 * import { contentTooLarge, type ContentTooLargeOptions } from 'statuskit'
 * const options: ContentTooLargeOptions = { retryAfter: 60 }
 * throw contentTooLarge(options)
 * ```
 */
export interface ContentTooLargeOptions extends ProblemOptions {
  /** When the condition is temporary: seconds to wait, or the moment to retry at (`Retry-After`, RFC 9110 §10.2.3). */
  readonly retryAfter?: number | Date | undefined
}

/**
 * Builds a 413 Content Too Large problem: the request content is larger than the server is
 * willing to process. Pass `retryAfter` when the condition is temporary.
 *
 * Call it as `contentTooLarge(options)` or `contentTooLarge(detail, options)`.
 *
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 413 and title "Content Too Large".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { contentTooLarge } from 'statuskit'
 * throw contentTooLarge({ retryAfter: 60 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110 §15.5.14}
 */
export function contentTooLarge(options: ContentTooLargeOptions): HttpProblem<413>
/**
 * Builds a 413 Content Too Large problem: the request content is larger than the server is
 * willing to process. Pass `retryAfter` when the condition is temporary.
 *
 * Call it as `contentTooLarge(options)` or `contentTooLarge(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 413 and title "Content Too Large".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { contentTooLarge } from 'statuskit'
 * throw contentTooLarge({ retryAfter: 60 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110 §15.5.14}
 */
export function contentTooLarge(detail?: string, options?: ContentTooLargeOptions): HttpProblem<413>
export function contentTooLarge(detail?: string | ContentTooLargeOptions, options?: ContentTooLargeOptions): HttpProblem<413> {
  const o = optionsOf(detail, options, undefined)
  return build(413, 'Content Too Large', detail, options, o.retryAfter === undefined ? undefined : { 'retry-after': retryAfterValue(o.retryAfter) })
}

/**
 * Alias of `contentTooLarge()`. 413 was called "Payload Too Large" before RFC 9110.
 *
 * @example
 * ```ts
 * import { contentTooLarge } from 'statuskit'
 * throw contentTooLarge()
 * ```
 * @deprecated Use `contentTooLarge()` (RFC 9110 §15 phrase).
 */
export const payloadTooLarge = contentTooLarge

/**
 * Builds a 414 URI Too Long problem: the target URI is longer than the server is willing
 * to interpret.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 414 and title "URI Too Long".
 *
 * @example
 * ```ts
 * import { uriTooLong } from 'statuskit'
 * throw uriTooLong('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15 | RFC 9110 §15.5.15}
 */
export function uriTooLong(detail?: string, options?: ProblemOptions): HttpProblem<414> {
  return build(414, 'URI Too Long', detail, options)
}

/**
 * Builds a 415 Unsupported Media Type problem: the content is in a format (or content
 * coding) the target resource does not support for this method.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 415 and title "Unsupported Media Type".
 *
 * @example
 * ```ts
 * import { unsupportedMediaType } from 'statuskit'
 * throw unsupportedMediaType('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16 | RFC 9110 §15.5.16}
 */
export function unsupportedMediaType(detail?: string, options?: ProblemOptions): HttpProblem<415> {
  return build(415, 'Unsupported Media Type', detail, options)
}

/**
 * Options of `rangeNotSatisfiable()`: {@link ProblemOptions} plus the `contentRange` header value.
 *
 * @example
 * ```ts
 * import { rangeNotSatisfiable, type RangeNotSatisfiableOptions } from 'statuskit'
 * const options: RangeNotSatisfiableOptions = { contentRange: 'bytes *\/1000' }
 * throw rangeNotSatisfiable(options)
 * ```
 */
export interface RangeNotSatisfiableOptions extends ProblemOptions {
  /** The `Content-Range` value, `bytes *\/<complete length>` for byte ranges (RFC 9110 §14.4). */
  readonly contentRange?: string | undefined
}

/**
 * Builds a 416 Range Not Satisfiable problem: none of the requested ranges overlap the
 * representation. Pass `contentRange` (`bytes *\/<length>`) for byte ranges.
 *
 * Call it as `rangeNotSatisfiable(options)` or `rangeNotSatisfiable(detail, options)`.
 *
 * @param options - `contentRange`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 416 and title "Range Not Satisfiable".
 *   Never throws: an invalid `contentRange` (a value with CR, LF or a character above U+00FF)
 *   leaves the header out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { rangeNotSatisfiable } from 'statuskit'
 * throw rangeNotSatisfiable({ contentRange: 'bytes *\/1000' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110 §15.5.17}
 */
export function rangeNotSatisfiable(options: RangeNotSatisfiableOptions): HttpProblem<416>
/**
 * Builds a 416 Range Not Satisfiable problem: none of the requested ranges overlap the
 * representation. Pass `contentRange` (`bytes *\/<length>`) for byte ranges.
 *
 * Call it as `rangeNotSatisfiable(options)` or `rangeNotSatisfiable(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `contentRange`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 416 and title "Range Not Satisfiable".
 *   Never throws: an invalid `contentRange` (a value with CR, LF or a character above U+00FF)
 *   leaves the header out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { rangeNotSatisfiable } from 'statuskit'
 * throw rangeNotSatisfiable({ contentRange: 'bytes *\/1000' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110 §15.5.17}
 */
export function rangeNotSatisfiable(detail?: string, options?: RangeNotSatisfiableOptions): HttpProblem<416>
export function rangeNotSatisfiable(detail?: string | RangeNotSatisfiableOptions, options?: RangeNotSatisfiableOptions): HttpProblem<416> {
  const o = optionsOf(detail, options, undefined)
  return build(416, 'Range Not Satisfiable', detail, options, o.contentRange === undefined ? undefined : { 'content-range': o.contentRange })
}

/**
 * Builds a 417 Expectation Failed problem: the `Expect` request header could not be met.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 417 and title "Expectation Failed".
 *
 * @example
 * ```ts
 * import { expectationFailed } from 'statuskit'
 * throw expectationFailed('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18 | RFC 9110 §15.5.18}
 */
export function expectationFailed(detail?: string, options?: ProblemOptions): HttpProblem<417> {
  return build(417, 'Expectation Failed', detail, options)
}

/**
 * Builds a 421 Misdirected Request problem: the request reached a server that is not able
 * to produce a response for the target URI (connection reuse across origins).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 421 and title "Misdirected Request".
 *
 * @example
 * ```ts
 * import { misdirectedRequest } from 'statuskit'
 * throw misdirectedRequest('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20 | RFC 9110 §15.5.20}
 */
export function misdirectedRequest(detail?: string, options?: ProblemOptions): HttpProblem<421> {
  return build(421, 'Misdirected Request', detail, options)
}

/**
 * Builds a 422 Unprocessable Content problem: the content is well-formed but its
 * instructions cannot be processed (semantic errors). For field errors see
 * `validationProblem(errors, { status: 422 })`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 422 and title "Unprocessable Content".
 *
 * @example
 * ```ts
 * import { unprocessableContent } from 'statuskit'
 * throw unprocessableContent('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21 | RFC 9110 §15.5.21}
 */
export function unprocessableContent(detail?: string, options?: ProblemOptions): HttpProblem<422> {
  return build(422, 'Unprocessable Content', detail, options)
}

/**
 * Alias of `unprocessableContent()`. 422 was called "Unprocessable Entity" before RFC 9110.
 *
 * @example
 * ```ts
 * import { unprocessableContent } from 'statuskit'
 * throw unprocessableContent()
 * ```
 * @deprecated Use `unprocessableContent()` (RFC 9110 §15 phrase).
 */
export const unprocessableEntity = unprocessableContent

/**
 * Builds a 423 Locked problem: the source or destination resource is locked (WebDAV).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 423 and title "Locked".
 *
 * @example
 * ```ts
 * import { locked } from 'statuskit'
 * throw locked('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.3 | RFC 4918 §11.3}
 */
export function locked(detail?: string, options?: ProblemOptions): HttpProblem<423> {
  return build(423, 'Locked', detail, options)
}

/**
 * Builds a 424 Failed Dependency problem: the method could not be performed because a
 * requested action it depended on failed (WebDAV).
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 424 and title "Failed Dependency".
 *
 * @example
 * ```ts
 * import { failedDependency } from 'statuskit'
 * throw failedDependency('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.4 | RFC 4918 §11.4}
 */
export function failedDependency(detail?: string, options?: ProblemOptions): HttpProblem<424> {
  return build(424, 'Failed Dependency', detail, options)
}

/**
 * Builds a 425 Too Early problem: the server will not process a request that might be
 * replayed (TLS early data); the client may retry after the handshake.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 425 and title "Too Early".
 *
 * @example
 * ```ts
 * import { tooEarly } from 'statuskit'
 * throw tooEarly('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc8470#section-5.2 | RFC 8470 §5.2}
 */
export function tooEarly(detail?: string, options?: ProblemOptions): HttpProblem<425> {
  return build(425, 'Too Early', detail, options)
}

/**
 * Options of `upgradeRequired()`: {@link ProblemOptions} plus the `upgrade` header value.
 *
 * @example
 * ```ts
 * import { upgradeRequired, type UpgradeRequiredOptions } from 'statuskit'
 * const options: UpgradeRequiredOptions = { upgrade: 'HTTP/2.0' }
 * throw upgradeRequired(options)
 * ```
 */
export interface UpgradeRequiredOptions extends ProblemOptions {
  /** The protocols to switch to, sent as `Upgrade` (RFC 9110 §7.8). */
  readonly upgrade: string | readonly string[]
}

/**
 * Builds a 426 Upgrade Required problem: the server refuses the request over the current
 * protocol. Sets the `Upgrade` header the status requires.
 *
 * Call it as `upgradeRequired(options)` or `upgradeRequired(detail, options)`.
 *
 * @param options - `upgrade` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 426 and title "Upgrade Required".
 *   Never throws: without a valid `upgrade` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { upgradeRequired } from 'statuskit'
 * throw upgradeRequired({ upgrade: 'HTTP/2.0' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22 | RFC 9110 §15.5.22}
 */
export function upgradeRequired(options: UpgradeRequiredOptions): HttpProblem<426>
/**
 * Builds a 426 Upgrade Required problem: the server refuses the request over the current
 * protocol. Sets the `Upgrade` header the status requires.
 *
 * Call it as `upgradeRequired(options)` or `upgradeRequired(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `upgrade` (required), then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 426 and title "Upgrade Required".
 *   Never throws: without a valid `upgrade` (a missing option, a value with CR, LF or a
 *   character above U+00FF) the header is left out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { upgradeRequired } from 'statuskit'
 * throw upgradeRequired({ upgrade: 'HTTP/2.0' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22 | RFC 9110 §15.5.22}
 */
export function upgradeRequired(detail: string | undefined, options: UpgradeRequiredOptions): HttpProblem<426>
export function upgradeRequired(detail?: string | UpgradeRequiredOptions, options?: UpgradeRequiredOptions): HttpProblem<426> {
  const o = optionsOf(detail, options, 'upgrade')
  return build(426, 'Upgrade Required', detail, options, { upgrade: listValue(o.upgrade, 'upgrade') })
}

/**
 * Builds a 428 Precondition Required problem: the server requires the request to be
 * conditional (send `If-Match`) to prevent lost updates.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 428 and title "Precondition Required".
 *
 * @example
 * ```ts
 * import { preconditionRequired } from 'statuskit'
 * throw preconditionRequired('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-3 | RFC 6585 §3}
 */
export function preconditionRequired(detail?: string, options?: ProblemOptions): HttpProblem<428> {
  return build(428, 'Precondition Required', detail, options)
}

/**
 * Options of `tooManyRequests()`: {@link ProblemOptions} plus the `retryAfter` header value.
 *
 * @example
 * ```ts
 * import { tooManyRequests, type TooManyRequestsOptions } from 'statuskit'
 * const options: TooManyRequestsOptions = { retryAfter: 30 }
 * throw tooManyRequests(options)
 * ```
 */
export interface TooManyRequestsOptions extends ProblemOptions {
  /** Seconds to wait, or the moment to retry at (`Retry-After`, RFC 9110 §10.2.3). */
  readonly retryAfter?: number | Date | undefined
}

/**
 * Builds a 429 Too Many Requests problem: the client sent too many requests in a given
 * time (rate limiting). Pass `retryAfter` to say when to come back.
 *
 * Call it as `tooManyRequests(options)` or `tooManyRequests(detail, options)`.
 *
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 429 and title "Too Many Requests".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { tooManyRequests } from 'statuskit'
 * throw tooManyRequests({ retryAfter: 30 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-4 | RFC 6585 §4}
 */
export function tooManyRequests(options: TooManyRequestsOptions): HttpProblem<429>
/**
 * Builds a 429 Too Many Requests problem: the client sent too many requests in a given
 * time (rate limiting). Pass `retryAfter` to say when to come back.
 *
 * Call it as `tooManyRequests(options)` or `tooManyRequests(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `retryAfter`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 429 and title "Too Many Requests".
 *   Never throws: `retryAfter` is any non-negative number of seconds (a fraction is
 *   rounded up) or a valid Date; anything else leaves the header out, and the problem's
 *   `warnings` say why.
 *
 * @example
 * ```ts
 * import { tooManyRequests } from 'statuskit'
 * throw tooManyRequests({ retryAfter: 30 })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-4 | RFC 6585 §4}
 */
export function tooManyRequests(detail?: string, options?: TooManyRequestsOptions): HttpProblem<429>
export function tooManyRequests(detail?: string | TooManyRequestsOptions, options?: TooManyRequestsOptions): HttpProblem<429> {
  const o = optionsOf(detail, options, undefined)
  return build(429, 'Too Many Requests', detail, options, o.retryAfter === undefined ? undefined : { 'retry-after': retryAfterValue(o.retryAfter) })
}

/**
 * Builds a 431 Request Header Fields Too Large problem: one header field, or all of them
 * together, are too large.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 431 and title "Request Header Fields Too Large".
 *
 * @example
 * ```ts
 * import { requestHeaderFieldsTooLarge } from 'statuskit'
 * throw requestHeaderFieldsTooLarge('Explain this occurrence.')
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-5 | RFC 6585 §5}
 */
export function requestHeaderFieldsTooLarge(detail?: string, options?: ProblemOptions): HttpProblem<431> {
  return build(431, 'Request Header Fields Too Large', detail, options)
}

/**
 * Options of `unavailableForLegalReasons()`: {@link ProblemOptions} plus the `blockedBy` header value.
 *
 * @example
 * ```ts
 * import { unavailableForLegalReasons, type UnavailableForLegalReasonsOptions } from 'statuskit'
 * const options: UnavailableForLegalReasonsOptions = { blockedBy: 'https://isp.example/legal' }
 * throw unavailableForLegalReasons(options)
 * ```
 */
export interface UnavailableForLegalReasonsOptions extends ProblemOptions {
  /** URI of the entity implementing the blockage, sent as `Link: <uri>; rel="blocked-by"` (RFC 7725 §4). */
  readonly blockedBy?: string | undefined
}

/**
 * Builds a 451 Unavailable For Legal Reasons problem: the resource is unavailable because
 * of a legal demand. Pass `blockedBy` to identify the blocking entity (`Link: <...>;
 * rel="blocked-by"`).
 *
 * Call it as `unavailableForLegalReasons(options)` or `unavailableForLegalReasons(detail, options)`.
 *
 * @param options - `blockedBy`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 451 and title "Unavailable For Legal Reasons".
 *   Never throws: an invalid `blockedBy` (a value with CR, LF or a character above U+00FF)
 *   leaves the header out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { unavailableForLegalReasons } from 'statuskit'
 * throw unavailableForLegalReasons({ blockedBy: 'https://isp.example/legal' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc7725#section-3 | RFC 7725 §3}
 */
export function unavailableForLegalReasons(options: UnavailableForLegalReasonsOptions): HttpProblem<451>
/**
 * Builds a 451 Unavailable For Legal Reasons problem: the resource is unavailable because
 * of a legal demand. Pass `blockedBy` to identify the blocking entity (`Link: <...>;
 * rel="blocked-by"`).
 *
 * Call it as `unavailableForLegalReasons(options)` or `unavailableForLegalReasons(detail, options)`.
 *
 * @param detail - Explanation of this occurrence, sent to the client. No secrets.
 * @param options - `blockedBy`, then `type`, `instance`, extension members, headers and `cause`.
 * @returns An {@link HttpProblem} with status 451 and title "Unavailable For Legal Reasons".
 *   Never throws: an invalid `blockedBy` (a value with CR, LF or a character above U+00FF)
 *   leaves the header out, and the problem's `warnings` say why.
 *
 * @example
 * ```ts
 * import { unavailableForLegalReasons } from 'statuskit'
 * throw unavailableForLegalReasons({ blockedBy: 'https://isp.example/legal' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc7725#section-3 | RFC 7725 §3}
 */
export function unavailableForLegalReasons(detail?: string, options?: UnavailableForLegalReasonsOptions): HttpProblem<451>
export function unavailableForLegalReasons(detail?: string | UnavailableForLegalReasonsOptions, options?: UnavailableForLegalReasonsOptions): HttpProblem<451> {
  const o = optionsOf(detail, options, undefined)
  return build(451, 'Unavailable For Legal Reasons', detail, options, o.blockedBy === undefined ? undefined : { link: `<${o.blockedBy}>; rel="blocked-by"` })
}
