import { classifyMonitoring, type MonitoringOptions, type MonitoringSide } from './classify-monitoring.js'

/**
 * How loud a status is in a log, in the four levels every logger has.
 *
 * @example
 * ```ts
 * import { logLevel, type LogLevel } from 'statuskit'
 * const level: LogLevel = logLevel(502, 'client') // 'warn'
 * ```
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

/**
 * The log level of a status on one side: `classifyMonitoring(status, side, options).level`.
 * Class defaults: server side 5xx `error`, 4xx `info`; client side 5xx `warn` (the
 * dependency's fault), 4xx `warn` (our fault). The per-status exceptions come from the
 * status records: e.g. server 501/505/508/510/511 `warn`, 408/421 `warn`; client 400 and
 * most other 4xx `error`, 404/412/425 `info`, nginx 499 `debug` (our own cancellation).
 * Pass `options.vendor` for a number two vendors use (`logLevel(499, 'client', { vendor: 'esri' })`
 * is `warn`).
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
