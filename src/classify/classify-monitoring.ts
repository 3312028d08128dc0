import { checkStatus } from '../catalog/check-status.js'
import { levelsOf, SLO_EXEMPT_5XX, type LogLevel } from './monitoring-table.js'

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
  /** OpenTelemetry span status: `error` for 5xx, and for 4xx on the client side. */
  readonly spanStatus: 'unset' | 'error'
  /** OpenTelemetry `error.type`: the code as a string when `spanStatus` is `error`. */
  readonly errorType: string | undefined
  /** Whose fault the status says it is: 4xx the client's, 5xx the server's. */
  readonly fault: 'client' | 'server' | 'none'
}

/**
 * Classifies a status for logs, SLOs and traces, on the side that observes it
 * (reference §7.3). The same status means opposite things on each side: a 404 the
 * server sends is the caller's mistake (`info`, span unset), a 404 the client receives
 * is its own (span error). Span status follows the OpenTelemetry HTTP semantic
 * conventions exactly: server spans are `error` only for 5xx, client spans for 4xx and
 * 5xx, and `errorType` is the status as a string whenever the span is an error.
 * SLO accounting follows the SRE Workbook (non-5xx are good), except 501, 505, 510 and
 * 511, which are unsupported-by-design and do not count (see {@link MonitoringOptions}).
 *
 * @param status - An integer from 100 to 599, registered, vendor or unassigned.
 * @param side - `server` (we emitted it) or `client` (we received it).
 * @param options - SLO and expected-status overrides.
 * @returns `{ level, countsAgainstSlo, spanStatus, errorType, fault }`.
 * @throws RangeError when `status` is not an integer from 100 to 599; TypeError when
 *   `side` is neither `server` nor `client`.
 *
 * @example
 * ```ts
 * import { classifyMonitoring } from 'statuskit'
 * classifyMonitoring(409, 'server') // { level: 'info', countsAgainstSlo: false, spanStatus: 'unset', errorType: undefined, fault: 'client' }
 * classifyMonitoring(409, 'client').spanStatus // 'error'
 * classifyMonitoring(404, 'client', { expected: false }).level // 'error'
 * ```
 * @see {@link https://opentelemetry.io/docs/specs/semconv/http/http-spans/#status | OpenTelemetry HTTP span status}
 */
export function classifyMonitoring(
  status: number,
  side: MonitoringSide,
  options: MonitoringOptions = {},
): MonitoringDecision {
  const code = checkStatus(status, 'status')
  if (side !== 'server' && side !== 'client') {
    throw new TypeError(`Invalid \`side\`: received ${String(side).slice(0, 40)}; expected 'server' or 'client'.`)
  }
  const [serverLevel, clientLevel] = levelsOf(code)
  const client = side === 'client'
  const expectable = code === 404 || code === 409 || code === 412
  const level =
    client && expectable && options.expected !== undefined ? (options.expected ? 'info' : 'error') : client ? clientLevel : serverLevel
  const error = code >= (client ? 400 : 500)
  const exempt = SLO_EXEMPT_5XX.includes(String(code)) && !(options.countUnsupported && (code === 501 || code === 505))
  return {
    level,
    countsAgainstSlo: (code >= 500 && !exempt) || (code === 429 && !!options.countTooManyRequests),
    spanStatus: error ? 'error' : 'unset',
    errorType: error ? String(code) : undefined,
    fault: code >= 500 ? 'server' : code >= 400 ? 'client' : 'none',
  }
}
