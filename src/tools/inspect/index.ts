/**
 * statuskit/inspect: checks a real HTTP exchange (request method and headers, response
 * status, headers and body) against the rules of RFC 9110, 9111, 9457, 6585 and the
 * Fetch standard, and summarizes what the response means for caches, retries and
 * monitoring. Pure: no I/O.
 *
 * @module
 */
export { inspectResponse } from './inspect-response.js'
export type { InspectInput, InspectOptions, InspectResult, Finding } from './inspect-response.js'
export { RULES } from './rule-list.js'
export type { RuleInfo, Severity } from './rule.js'
export type { HeaderInput } from './exchange.js'
export type { InspectSummary } from './summary.js'
export type { Cacheability } from './cacheability.js'
