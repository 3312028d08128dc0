import { checkStatus } from '../catalog/check-status.js'
import type { StatusVendor } from '../catalog/vendor-table.js'
import type { LogLevel } from './log-level.js'
import { CLASS_LEVELS, CLIENT_SPANS, EXPECTABLE, LEVELS, SERVER_SPANS, SLO, SLO_OPTIONS } from './monitoring-table.js'
import { rowOf } from './table-row.js'

/**
 * Which end of the exchange observes the status: `server` emitted it (a SERVER span),
 * `client` received it from an upstream (a CLIENT span).
 *
 * @example
 * ```ts
 * import { classifyMonitoring, type MonitoringSide } from 'statuskit'
 * const side: MonitoringSide = 'client'
 * classifyMonitoring(404, side).spanStatus // 'error'
 * ```
 */
export type MonitoringSide = 'server' | 'client'

/**
 * Team overrides for {@link classifyMonitoring}.
 *
 * @example
 * ```ts
 * import { classifyMonitoring, type MonitoringOptions } from 'statuskit'
 * const options: MonitoringOptions = { countUnsupported: true }
 * classifyMonitoring(501, 'server', options).countsAgainstSlo // true
 * ```
 */
export interface MonitoringOptions {
  /**
   * Count 501 and 505 against the availability SLO (the SRE Workbook counts every 5xx).
   *
   * @default false
   */
  readonly countUnsupported?: boolean | undefined
  /**
   * Count 429 against the availability SLO: set it when your limiter sheds load for
   * overload rather than enforcing a per-client quota.
   *
   * @default false
   */
  readonly countTooManyRequests?: boolean | undefined
  /**
   * Client side only: whether a 404, 409 or 412 was an expected outcome (a lookup, a
   * known race) → `info`, or a bug → `error`. Unset: 404 `info`, 409 `warn`, 412 `info`.
   */
  readonly expected?: boolean | undefined
  /**
   * Whose meaning of the number applies, for a vendor code that several vendors use:
   * Esri's 499 "Token Required" is a real authentication failure (client `warn`, span
   * error), nginx's 499 the caller's own cancellation. Without it a number gets its most
   * common vendor's rule.
   */
  readonly vendor?: StatusVendor | undefined
}

/**
 * The answer of {@link classifyMonitoring}.
 *
 * @example
 * ```ts
 * import { classifyMonitoring, type MonitoringDecision } from 'statuskit'
 * const m: MonitoringDecision = classifyMonitoring(503, 'server')
 * // { level: 'error', countsAgainstSlo: true, spanStatus: 'error', errorType: '503', fault: 'server' }
 * ```
 */
export interface MonitoringDecision {
  /** Log level for this side. */
  readonly level: LogLevel
  /** The response is a bad event in the availability SLI of the server that produced it. */
  readonly countsAgainstSlo: boolean
  /**
   * OpenTelemetry span status: `error` for 5xx, and for 4xx on the client side; `unset`
   * on the client side for a caller's own cancellation (nginx 499, ALB 460).
   */
  readonly spanStatus: 'unset' | 'error'
  /**
   * OpenTelemetry `error.type`: the code as a string when `spanStatus` is `error`; the
   * code the client actually received for a rewritten vendor code (nginx 494–497: `'400'`);
   * `undefined` on the client side for a code no client receives (nginx 444, proxy 599):
   * there the client saw no status, so use the exception's type.
   */
  readonly errorType: string | undefined
  /** Whose fault the status says it is: 4xx the client's, 5xx the server's. */
  readonly fault: 'client' | 'server' | 'none'
}

/**
 * Classifies a status for logs, SLOs and traces, on the side that observes it. The same
 * status means opposite things on each side: a 404 the server sends is the caller's
 * mistake (`info`, span unset), a 404 the client receives is its own (span error). Span
 * status follows the OpenTelemetry HTTP semantic conventions: server spans are `error`
 * for 5xx, client spans for 4xx and 5xx, and `errorType` is the status as a string —
 * except on the client side for a caller's own cancellation (nginx 499, ALB 460: unset,
 * no `error.type`, as semconv asks) and for codes no client receives (nginx 444, proxy
 * 599: no status to report; nginx 494–497 reach the client as 400). A status outside
 * 100–599 is treated as a 5xx (RFC 9110 §15: a client "SHOULD process the response as if
 * it had a 5xx"; semconv: a code the client failed to interpret is an error).
 * SLO accounting follows the SRE Workbook (non-5xx are good), except 501, 505, 508, 510
 * and 511, which do not count (see {@link MonitoringOptions}). The rows come from the
 * status records (data/statuses/).
 *
 * @param status - An integer: 100 to 599 (registered, vendor or unassigned), or outside it (a 5xx).
 * @param side - `server` (we emitted it) or `client` (we received it).
 * @param options - SLO and expected-status overrides, and the vendor of a shared number.
 * @returns `{ level, countsAgainstSlo, spanStatus, errorType, fault }`.
 * @throws RangeError when `status` is not an integer; TypeError when `side` is neither
 *   `server` nor `client`.
 *
 * @example
 * ```ts
 * import { classifyMonitoring } from 'statuskit'
 * classifyMonitoring(409, 'server') // { level: 'info', countsAgainstSlo: false, spanStatus: 'unset', errorType: undefined, fault: 'client' }
 * classifyMonitoring(409, 'client').spanStatus // 'error'
 * classifyMonitoring(404, 'client', { expected: false }).level // 'error'
 * classifyMonitoring(499, 'client').spanStatus // 'unset': the caller cancelled
 * classifyMonitoring(499, 'client', { vendor: 'esri' }).level // 'warn'
 * ```
 * @see {@link https://opentelemetry.io/docs/specs/semconv/http/http-spans/#status | OpenTelemetry HTTP span status}
 */
export function classifyMonitoring(
  status: number,
  side: MonitoringSide,
  options: MonitoringOptions = {},
): MonitoringDecision {
  const outOfRange = Number.isInteger(status) && (status < 100 || status > 599)
  // An integer outside 100–599 is read as a 5xx; anything else must be a outOfRange status.
  const code = outOfRange ? 599 : checkStatus(status, 'status')
  if (side !== 'server' && side !== 'client') {
    throw new TypeError(`Invalid \`side\`: received ${String(side).slice(0, 40)}; expected 'server' or 'client'.`)
  }
  // An out-of-range status has no row of its own: the 5xx class defaults apply.
  const row = <T>(table: Readonly<Record<string, T>>): T | undefined => (outOfRange ? undefined : rowOf(table, code, options.vendor))
  const client = side === 'client'
  const [serverLevel, clientLevel] = row(LEVELS) ?? CLASS_LEVELS[Math.floor(code / 100)]!
  const level = client && row(EXPECTABLE) && options.expected !== undefined ? (options.expected ? 'info' : 'error') : client ? clientLevel : serverLevel
  const error = code >= (client ? 400 : 500)
  const [spanStatus, errorType] = row(client ? CLIENT_SPANS : SERVER_SPANS) ?? [error ? 'error' : 'unset', error ? String(status) : null]
  const option = row(SLO_OPTIONS)
  const counts = row(SLO) ?? code >= 500
  return {
    level,
    countsAgainstSlo: counts || (option !== undefined && !!options[option]),
    spanStatus,
    errorType: errorType ?? undefined,
    fault: code >= 500 ? 'server' : code >= 400 ? 'client' : 'none',
  }
}
