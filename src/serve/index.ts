/**
 * statuskit/serve: the local status simulator and status pages, on `node:http` alone.
 * `statuskit serve` on the command line runs it.
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
export { MAX_SIMULATED_DELAY_MS, MAX_SIMULATED_RETRY_AFTER_S, DEFAULT_RETRY_AFTER_S } from './simulator-query.js'
export { MAX_SEQUENCE_KEYS, MAX_SEQUENCE_LENGTH } from './sequence-store.js'
export { fetchExchange, ExchangeError, MAX_EXCHANGE_BODY_BYTES } from './fetch-exchange.js'
export type { ExchangeRequest, ExchangeHop } from './fetch-exchange.js'
export { redactUrl } from './redact-url.js'
export { renderIndexPage } from './render-index-page.js'
export { renderStatusPage } from './render-status-page.js'
export { renderInspectorPage } from './render-inspector-page.js'
export { pageLayout } from './page-layout.js'
export { escapeHtml } from './escape-html.js'
