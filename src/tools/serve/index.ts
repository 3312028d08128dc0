/**
 * statuskit/serve: the local status simulator, web inspector and status pages, on
 * `node:http` alone. `statuskit serve` on the command line runs it.
 *
 * @example
 * ```ts
 * import { createStatusServer } from 'statuskit/serve'
 * createStatusServer().listen(8080, '127.0.0.1')
 * ```
 *
 * @module
 */
export { createStatusServer, MAX_REQUEST_BODY_BYTES } from './create-status-server.js'
export type { StatusServerOptions } from './create-status-server.js'
export { simulateStatus, SIMULATED_CONFLICT_TYPE } from './simulate-status.js'
export type { SimulationRequest, SimulatedResponse } from './simulate-status.js'
export { MAX_SIMULATED_DELAY_MS } from './simulator-query.js'
export { fetchExchange, ExchangeError } from './fetch-exchange.js'
export type { ExchangeRequest, ExchangeHop } from './fetch-exchange.js'
export { redactUrl } from './redact-url.js'
