import { vendorStatuses, type VendorStatus } from 'statuskit'

/**
 * The longest `?delay=` the simulator honours, in milliseconds.
 *
 * @example
 * ```ts
 * import { MAX_SIMULATED_DELAY_MS } from 'statuskit/serve'
 * MAX_SIMULATED_DELAY_MS // 10000
 * ```
 */
export const MAX_SIMULATED_DELAY_MS = 10_000

/**
 * The largest `?retryAfter=` the simulator sends, in seconds (one day).
 *
 * @example
 * ```ts
 * import { MAX_SIMULATED_RETRY_AFTER_S } from 'statuskit/serve'
 * MAX_SIMULATED_RETRY_AFTER_S // 86400
 * ```
 */
export const MAX_SIMULATED_RETRY_AFTER_S = 86_400

/**
 * The Retry-After the simulator sends on 429 and 503 when the query does not say (seconds).
 *
 * @example
 * ```ts
 * import { DEFAULT_RETRY_AFTER_S } from 'statuskit/serve'
 * DEFAULT_RETRY_AFTER_S // 1: /api/status/429 sends Retry-After: 1
 * ```
 */
export const DEFAULT_RETRY_AFTER_S = 1

/** The query parameters of `/api/status/:code`, checked. */
export interface SimulatorQuery {
  readonly delayMs: number
  /** Seconds to send in Retry-After; `undefined` sends none. */
  readonly retryAfter: number | undefined
  readonly noBody: boolean
  readonly vendor: VendorStatus | undefined
}

/** A query parameter the simulator cannot honour: its name and why. */
export interface InvalidParameter {
  readonly parameter: string
  readonly detail: string
}

function integer(value: string | null, max: number): number | undefined {
  return value !== null && /^\d{1,9}$/.test(value) && Number(value) <= max ? Number(value) : undefined
}

/**
 * Reads `delay`, `retryAfter`, `body` and `vendor` for the status `code`. An invalid value
 * is never ignored: it is returned as an {@link InvalidParameter} for a 400 naming it.
 * Other parameters are left alone (the diagnostic body echoes them).
 */
export function readSimulatorQuery(query: URLSearchParams, code: number): SimulatorQuery | InvalidParameter {
  const delay = query.get('delay')
  const delayMs = delay === null ? 0 : integer(delay, MAX_SIMULATED_DELAY_MS)
  if (delayMs === undefined) {
    return { parameter: 'delay', detail: `delay must be an integer of milliseconds from 0 to ${MAX_SIMULATED_DELAY_MS}.` }
  }
  const raw = query.get('retryAfter')
  const defaultRetryAfter = code === 429 || code === 503 ? DEFAULT_RETRY_AFTER_S : undefined
  const retryAfter = raw === null ? defaultRetryAfter : raw === 'none' ? undefined : integer(raw, MAX_SIMULATED_RETRY_AFTER_S)
  if (raw !== null && raw !== 'none' && retryAfter === undefined) {
    return { parameter: 'retryAfter', detail: `retryAfter must be "none" or an integer of seconds from 0 to ${MAX_SIMULATED_RETRY_AFTER_S}.` }
  }
  const body = query.get('body')
  if (body !== null && body !== 'none') return { parameter: 'body', detail: 'body takes only the value "none" (send no content).' }
  const vendorName = query.get('vendor')
  let vendor: VendorStatus | undefined
  if (vendorName !== null) {
    const rows = vendorStatuses(code)
    vendor = rows.find((row) => row.vendor === vendorName)
    if (!vendor) {
      const known = rows.map((row) => row.vendor).join(', ')
      return { parameter: 'vendor', detail: `vendor must name a vendor that defines ${code}${known ? `: ${known}` : ' (none does)'}.` }
    }
  }
  return { delayMs, retryAfter, noBody: body === 'none', vendor }
}
