import { PHRASES } from './phrases.js'

/**
 * The shape of {@link Status}: one literal-typed member per registered code, plus the
 * deprecated legacy names.
 *
 * @example
 * ```ts
 * import type { StatusTable } from 'statuskit'
 * type Conflict = StatusTable['CONFLICT'] // 409
 * ```
 */
export interface StatusTable {
  /** 100 Continue (RFC 9110 §15.2.1). */
  readonly CONTINUE: 100
  /** 101 Switching Protocols (RFC 9110 §15.2.2). */
  readonly SWITCHING_PROTOCOLS: 101
  /** 102 Processing (RFC 2518; legacy WebDAV). */
  readonly PROCESSING: 102
  /** 103 Early Hints (RFC 8297). */
  readonly EARLY_HINTS: 103
  /** 104 Upload Resumption Supported (temporary registration, expires 2026-11-13). */
  readonly UPLOAD_RESUMPTION_SUPPORTED: 104
  /** 200 OK (RFC 9110 §15.3.1). */
  readonly OK: 200
  /** 201 Created (RFC 9110 §15.3.2). */
  readonly CREATED: 201
  /** 202 Accepted (RFC 9110 §15.3.3). */
  readonly ACCEPTED: 202
  /** 203 Non-Authoritative Information (RFC 9110 §15.3.4). */
  readonly NON_AUTHORITATIVE_INFORMATION: 203
  /** 204 No Content (RFC 9110 §15.3.5). */
  readonly NO_CONTENT: 204
  /** 205 Reset Content (RFC 9110 §15.3.6). */
  readonly RESET_CONTENT: 205
  /** 206 Partial Content (RFC 9110 §15.3.7). */
  readonly PARTIAL_CONTENT: 206
  /** 207 Multi-Status (RFC 4918). */
  readonly MULTI_STATUS: 207
  /** 208 Already Reported (RFC 5842). */
  readonly ALREADY_REPORTED: 208
  /** 226 IM Used (RFC 3229). */
  readonly IM_USED: 226
  /** 300 Multiple Choices (RFC 9110 §15.4.1). */
  readonly MULTIPLE_CHOICES: 300
  /** 301 Moved Permanently (RFC 9110 §15.4.2). */
  readonly MOVED_PERMANENTLY: 301
  /** 302 Found (RFC 9110 §15.4.3). */
  readonly FOUND: 302
  /** 303 See Other (RFC 9110 §15.4.4). */
  readonly SEE_OTHER: 303
  /** 304 Not Modified (RFC 9110 §15.4.5). */
  readonly NOT_MODIFIED: 304
  /** 305 Use Proxy (RFC 9110 §15.4.6; deprecated, never emit). */
  readonly USE_PROXY: 305
  /** 306 (Unused), reserved (RFC 9110 §15.4.7). */
  readonly UNUSED_306: 306
  /** 307 Temporary Redirect (RFC 9110 §15.4.8). */
  readonly TEMPORARY_REDIRECT: 307
  /** 308 Permanent Redirect (RFC 9110 §15.4.9). */
  readonly PERMANENT_REDIRECT: 308
  /** 400 Bad Request (RFC 9110 §15.5.1). */
  readonly BAD_REQUEST: 400
  /** 401 Unauthorized (RFC 9110 §15.5.2). */
  readonly UNAUTHORIZED: 401
  /** 402 Payment Required (RFC 9110 §15.5.3). */
  readonly PAYMENT_REQUIRED: 402
  /** 403 Forbidden (RFC 9110 §15.5.4). */
  readonly FORBIDDEN: 403
  /** 404 Not Found (RFC 9110 §15.5.5). */
  readonly NOT_FOUND: 404
  /** 405 Method Not Allowed (RFC 9110 §15.5.6). */
  readonly METHOD_NOT_ALLOWED: 405
  /** 406 Not Acceptable (RFC 9110 §15.5.7). */
  readonly NOT_ACCEPTABLE: 406
  /** 407 Proxy Authentication Required (RFC 9110 §15.5.8). */
  readonly PROXY_AUTHENTICATION_REQUIRED: 407
  /** 408 Request Timeout (RFC 9110 §15.5.9). */
  readonly REQUEST_TIMEOUT: 408
  /** 409 Conflict (RFC 9110 §15.5.10). */
  readonly CONFLICT: 409
  /** 410 Gone (RFC 9110 §15.5.11). */
  readonly GONE: 410
  /** 411 Length Required (RFC 9110 §15.5.12). */
  readonly LENGTH_REQUIRED: 411
  /** 412 Precondition Failed (RFC 9110 §15.5.13). */
  readonly PRECONDITION_FAILED: 412
  /** 413 Content Too Large (RFC 9110 §15.5.14). */
  readonly CONTENT_TOO_LARGE: 413
  /** 414 URI Too Long (RFC 9110 §15.5.15). */
  readonly URI_TOO_LONG: 414
  /** 415 Unsupported Media Type (RFC 9110 §15.5.16). */
  readonly UNSUPPORTED_MEDIA_TYPE: 415
  /** 416 Range Not Satisfiable (RFC 9110 §15.5.17). */
  readonly RANGE_NOT_SATISFIABLE: 416
  /** 417 Expectation Failed (RFC 9110 §15.5.18). */
  readonly EXPECTATION_FAILED: 417
  /** 418 (Unused), reserved (RFC 9110 §15.5.19). */
  readonly UNUSED_418: 418
  /** 421 Misdirected Request (RFC 9110 §15.5.20). */
  readonly MISDIRECTED_REQUEST: 421
  /** 422 Unprocessable Content (RFC 9110 §15.5.21). */
  readonly UNPROCESSABLE_CONTENT: 422
  /** 423 Locked (RFC 4918). */
  readonly LOCKED: 423
  /** 424 Failed Dependency (RFC 4918). */
  readonly FAILED_DEPENDENCY: 424
  /** 425 Too Early (RFC 8470). */
  readonly TOO_EARLY: 425
  /** 426 Upgrade Required (RFC 9110 §15.5.22). */
  readonly UPGRADE_REQUIRED: 426
  /** 428 Precondition Required (RFC 6585). */
  readonly PRECONDITION_REQUIRED: 428
  /** 429 Too Many Requests (RFC 6585). */
  readonly TOO_MANY_REQUESTS: 429
  /** 431 Request Header Fields Too Large (RFC 6585). */
  readonly REQUEST_HEADER_FIELDS_TOO_LARGE: 431
  /** 451 Unavailable For Legal Reasons (RFC 7725). */
  readonly UNAVAILABLE_FOR_LEGAL_REASONS: 451
  /** 500 Internal Server Error (RFC 9110 §15.6.1). */
  readonly INTERNAL_SERVER_ERROR: 500
  /** 501 Not Implemented (RFC 9110 §15.6.2). */
  readonly NOT_IMPLEMENTED: 501
  /** 502 Bad Gateway (RFC 9110 §15.6.3). */
  readonly BAD_GATEWAY: 502
  /** 503 Service Unavailable (RFC 9110 §15.6.4). */
  readonly SERVICE_UNAVAILABLE: 503
  /** 504 Gateway Timeout (RFC 9110 §15.6.5). */
  readonly GATEWAY_TIMEOUT: 504
  /** 505 HTTP Version Not Supported (RFC 9110 §15.6.6). */
  readonly HTTP_VERSION_NOT_SUPPORTED: 505
  /** 506 Variant Also Negotiates (RFC 2295). */
  readonly VARIANT_ALSO_NEGOTIATES: 506
  /** 507 Insufficient Storage (RFC 4918). */
  readonly INSUFFICIENT_STORAGE: 507
  /** 508 Loop Detected (RFC 5842). */
  readonly LOOP_DETECTED: 508
  /** 510 Not Extended (RFC 2774; obsoleted, never emit). */
  readonly NOT_EXTENDED: 510
  /** 511 Network Authentication Required (RFC 6585). */
  readonly NETWORK_AUTHENTICATION_REQUIRED: 511
  /** @deprecated Use `Status.CONTENT_TOO_LARGE` (RFC 9110 renamed 413). */
  readonly PAYLOAD_TOO_LARGE: 413
  /** @deprecated Use `Status.CONTENT_TOO_LARGE` (RFC 9110 renamed 413). */
  readonly REQUEST_ENTITY_TOO_LARGE: 413
  /** @deprecated Use `Status.UNPROCESSABLE_CONTENT` (RFC 9110 renamed 422). */
  readonly UNPROCESSABLE_ENTITY: 422
  /** @deprecated Use `Status.URI_TOO_LONG`. */
  readonly REQUEST_URI_TOO_LONG: 414
  /** @deprecated Use `Status.RANGE_NOT_SATISFIABLE`. */
  readonly REQUESTED_RANGE_NOT_SATISFIABLE: 416
  /** @deprecated 418 is reserved "(Unused)" by RFC 9110 §15.5.19; do not emit it. */
  readonly IM_A_TEAPOT: 418
}

/** Legacy names kept as deprecated aliases (status-facts.md §2). */
const LEGACY: Readonly<Record<string, number>> = {
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_ENTITY_TOO_LARGE: 413,
  UNPROCESSABLE_ENTITY: 422,
  REQUEST_URI_TOO_LONG: 414,
  REQUESTED_RANGE_NOT_SATISFIABLE: 416,
  IM_A_TEAPOT: 418,
}

/**
 * Builds the table from the phrases, so each phrase is written once: "Content Too Large"
 * gives `CONTENT_TOO_LARGE`, "(Unused)" 306 gives `UNUSED_306`. The registry test checks
 * every name against the vendored IANA CSV.
 */
function buildStatus(): StatusTable {
  const table: Record<string, number> = {}
  for (const code in PHRASES) {
    const phrase = PHRASES[code] as string
    table[phrase[0] === '(' ? `UNUSED_${code}` : phrase.toUpperCase().replace(/\W+/g, '_')] = Number(code)
  }
  return Object.freeze(Object.assign(table, LEGACY)) as unknown as StatusTable
}

/**
 * Every status code in the IANA HTTP Status Code Registry (updated 2025-09-15), by a
 * SCREAMING_SNAKE name derived from its current phrase (RFC 9110 wording).
 *
 * Legacy names (`PAYLOAD_TOO_LARGE`, `UNPROCESSABLE_ENTITY`, `IM_A_TEAPOT`, ...) are kept
 * as `@deprecated` aliases of the same number, so code written against older tables
 * still compiles and editors point at the current name.
 *
 * @example
 * ```ts
 * import { Status } from 'statuskit'
 * if (response.status === Status.CONFLICT) {
 *   // re-read, reapply, resend with If-Match
 * }
 * ```
 * @see {@link https://www.iana.org/assignments/http-status-codes/ | IANA HTTP Status Code Registry}
 */
export const Status: StatusTable = /* @__PURE__ */ buildStatus()


/**
 * Union of exactly the 64 codes in the IANA registry. Vendor codes (nginx 499,
 * Cloudflare 52x, ...) are not part of it: see {@link VendorStatus}.
 *
 * @example
 * ```ts
 * import type { StatusCode } from 'statuskit'
 * const ok: StatusCode = 409
 * // @ts-expect-error 499 is an nginx log code, not a registered status
 * const bad: StatusCode = 499
 * ```
 */
export type StatusCode = StatusTable[keyof StatusTable]

/**
 * The five status classes of RFC 9110 §15.
 *
 * @example
 * ```ts
 * import { statusClass, type StatusClass } from 'statuskit'
 * const c: StatusClass = statusClass(409) // '4xx'
 * ```
 */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx'

/**
 * The integers from 0 to `N - 1` as a union (a type-level helper for the status ranges).
 *
 * @example
 * ```ts
 * import type { Digits } from 'statuskit'
 * type Small = Digits<3> // 0 | 1 | 2
 * ```
 */
export type Digits<N extends number, Acc extends number[] = []> = Acc['length'] extends N
  ? Acc[number]
  : Digits<N, [...Acc, Acc['length']]>

/**
 * Any integer from 400 to 599: the statuses a Problem Details response may carry,
 * registered or not (unregistered codes are treated as x00 of their class).
 *
 * @example
 * ```ts
 * import type { ErrorStatus } from 'statuskit'
 * const s: ErrorStatus = 499
 * ```
 */
export type ErrorStatus = Exclude<Digits<600>, Digits<400>>

/**
 * The registered 4xx codes.
 *
 * @example
 * ```ts
 * import type { ClientErrorStatusCode } from 'statuskit'
 * const s: ClientErrorStatusCode = 409
 * ```
 */
export type ClientErrorStatusCode = Extract<StatusCode, Exclude<Digits<500>, Digits<400>>>

/**
 * The registered 5xx codes.
 *
 * @example
 * ```ts
 * import type { ServerErrorStatusCode } from 'statuskit'
 * const s: ServerErrorStatusCode = 503
 * ```
 */
export type ServerErrorStatusCode = Extract<StatusCode, ErrorStatus> extends infer C
  ? C extends ClientErrorStatusCode
    ? never
    : C
  : never
