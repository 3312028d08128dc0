import { CLASS_STRATEGIES, STRATEGIES } from './retry-table.js'
import { rowOf } from './table-row.js'

/**
 * What must happen before the same logical operation can succeed:
 *
 * - `never`: do not repeat it automatically (404, 410, 501, 507; every non-error status).
 * - `after-fix`: change the request first (400, 413, 422, …).
 * - `after-refresh-state`: re-read the server's current state, then send a request based on
 *   it (409, 412): a new ETag, a changed request, or the user's decision.
 * - `after-reauth`: only with new or different credentials (401, 403, 407).
 * - `with-backoff`: the request was not processed; repeat it as is, any method, after a
 *   delay (408, 421, 425, 429, 521, 522).
 * - `idempotent-or-keyed`: the outcome is unknown; repeat only an idempotent method or a
 *   request whose `Idempotency-Key` the server honours (500, 502, 503, 504).
 *
 * @example
 * ```ts
 * import { classifyRetry, type RetryStrategy } from 'statuskit'
 * const strategy: RetryStrategy = classifyRetry(409).strategy // 'after-refresh-state'
 * ```
 */
export type RetryStrategy =
  | 'never'
  | 'after-fix'
  | 'after-refresh-state'
  | 'after-reauth'
  | 'with-backoff'
  | 'idempotent-or-keyed'

/**
 * What a repeat needs besides the wait: `new-connection` (421, RFC 9110 §15.5.20),
 * `usable-connection` (408: a new one if the current one is no longer usable, §15.5.9),
 * `not-early-data` (425, RFC 8470 §5.2), `user-action` (507: only when a user asks again,
 * RFC 4918 §11.5), `network-login` (511: log in to the network, RFC 6585 §6).
 *
 * @example
 * ```ts
 * import { classifyRetry, type RetryRequirement } from 'statuskit'
 * const needs: RetryRequirement | undefined = classifyRetry(421).requires // 'new-connection'
 * ```
 */
export type RetryRequirement = 'new-connection' | 'usable-connection' | 'not-early-data' | 'user-action' | 'network-login'

/**
 * A response fact that turns a status's strategy into `with-backoff`: a valid `Retry-After`
 * (403, 413, 509), an exhausted rate limit with its reset time (403), an
 * `Idempotency-Key` the caller says the server honours (409), or statuskit's "key in use"
 * problem type (409). Internal.
 */
export type RetryCondition = 'retry-after' | 'rate-limit-exhausted' | 'idempotency-key-honoured' | 'problem-type'

/**
 * The strategy a status gets from the table alone, before request context and server
 * hints are considered. Internal.
 *
 * @param code - A valid status, 100–599 (checked by the caller).
 * @param vendor - The vendor whose meaning of the number applies.
 * @returns The table row, or the class default.
 */
export function retryStrategyOf(code: number, vendor?: string): RetryStrategy {
  return rowOf(STRATEGIES, code, vendor) ?? CLASS_STRATEGIES[Math.floor(code / 100)] ?? 'never'
}

const ADVICE: Readonly<Record<RetryStrategy, string>> = {
  never: 'do not repeat it automatically',
  'after-fix': 'fix the request first',
  'after-refresh-state': 're-read the current state, then send a request based on it',
  'after-reauth': 'resend only with new credentials',
  'with-backoff': 'not processed; resend it',
  'idempotent-or-keyed': 'outcome unknown; resend only if idempotent or keyed',
}

/**
 * What a client should do under `strategy`, as the tail of a `reason` sentence. Internal.
 *
 * @param strategy - A retry strategy.
 * @returns Lower-case advice without a final period.
 */
export const adviceOf = (strategy: RetryStrategy): string => ADVICE[strategy]
