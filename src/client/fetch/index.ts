/**
 * `statuskit/fetch`: the client side of HTTP errors for any fetch runtime (Node 18+,
 * Bun, Deno, browsers). `readProblem` reads RFC 9457 Problem Details from a response
 * with a byte limit, `ensureOk` turns a non-2xx response into a `ProblemError` carrying
 * the problem and the retry verdict, and `createFetch` wraps fetch with retries that
 * follow `classifyRetry`: never sooner than `Retry-After`, never a non-idempotent request
 * without an `Idempotency-Key`, within a per-instance retry budget.
 *
 * @example
 * ```ts
 * import { createFetch, ProblemError } from 'statuskit/fetch'
 * const fetchWithRetry = createFetch({ throwHttpErrors: true })
 * try {
 *   await fetchWithRetry('https://api.example.com/orders/7', { method: 'PUT', body: '{}' })
 * } catch (error) {
 *   if (error instanceof ProblemError) console.log(error.problem.type, error.decision.strategy)
 * }
 * ```
 *
 * @module
 */
export { readProblem } from './read-problem.js'
export { DEFAULT_MAX_BODY_BYTES } from './byte-limit.js'
export { readBodyBytes } from './read-body-bytes.js'
export type { BodyBytes } from './read-body-bytes.js'
export type { ReadProblemOptions, ResponseProblem } from './read-problem.js'
export { ProblemError } from './problem-error.js'
export type { ProblemErrorInit } from './problem-error.js'
export { ensureOk } from './ensure-ok.js'
export type { EnsureOkOptions } from './ensure-ok.js'
export { createFetch } from './create-fetch.js'
export type { CreateFetchOptions, FetchLike, RetryEvent } from './create-fetch.js'
export type { RetryBudgetOptions } from './retry-budget.js'
