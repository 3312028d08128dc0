import { classifyMonitoring, type MonitoringOptions, type MonitoringSide } from './classify-monitoring.js'
import type { LogLevel } from './monitoring-table.js'

/**
 * The log level of a status on one side: `classifyMonitoring(status, side).level`.
 * Server side: 5xx `error` (501, 505 `warn`), 4xx `info` (408, 421 `warn`). Client
 * side: 5xx `warn` (the dependency's fault), 4xx mostly `error` or `warn` (our fault),
 * 404 and 412 `info` (expected lookups and races).
 *
 * @param status - An integer from 100 to 599.
 * @param side - `server` (we emitted it) or `client` (we received it).
 * @param options - See {@link MonitoringOptions}; `expected` changes 404/409/412 on the client side.
 * @returns `'debug' | 'info' | 'warn' | 'error'`.
 * @throws RangeError for an invalid status; TypeError for an invalid side.
 *
 * @example
 * ```ts
 * import { logLevel } from 'statuskit'
 * logLevel(500, 'server') // 'error'
 * logLevel(400, 'server') // 'info': the caller's mistake
 * logLevel(400, 'client') // 'error': we sent a bad request
 * ```
 */
export function logLevel(status: number, side: MonitoringSide, options?: MonitoringOptions): LogLevel {
  return classifyMonitoring(status, side, options).level
}
