import { invalidOption } from './invalid-option.js'

/**
 * Options of the retry budget of `createFetch`: a token bucket, as in the AWS SDKs'
 * standard retry mode, so a failing dependency is not hammered by every caller's retries.
 *
 * @example
 * ```ts
 * import { createFetch, type RetryBudgetOptions } from 'statuskit/fetch'
 * const retryBudget: RetryBudgetOptions = { tokens: 50, retryCost: 5 }
 * const fetchWithRetry = createFetch({ retryBudget })
 * ```
 */
export interface RetryBudgetOptions {
  /** Tokens in a full bucket; the bucket starts full. @default 500 */
  readonly tokens?: number | undefined
  /** Tokens a retry after an error response takes. @default 5 */
  readonly retryCost?: number | undefined
  /** Tokens a retry after a network error (no response) takes. @default 10 */
  readonly networkErrorCost?: number | undefined
}

/** The bucket. Internal. */
export interface RetryBudget {
  /** Takes `cost` tokens and answers `true`, or answers `false` when fewer are left. */
  take(cost: number): boolean
  /** Puts `tokens` back after a success, never above a full bucket. */
  refund(tokens: number): void
}

/** `options[name]`: `fallback` for `undefined`, a finite number ≥ 0 as is, anything else a RangeError or TypeError. */
function amount(options: RetryBudgetOptions, name: keyof RetryBudgetOptions, fallback: number): number {
  const value: unknown = options[name]
  if (value === undefined) return fallback
  return typeof value === 'number' && value >= 0 && value < Infinity ? value : invalidOption(`retryBudget.${name}`, value, 'a finite number, 0 or more')
}

/**
 * A token bucket (AWS SDK standard mode: 500 tokens, 5 a retry, 10 after a timeout or
 * network error; a success refunds what its retries took, or 1 when it needed none).
 * When the bucket runs dry, failures are returned at once instead of retried. Internal.
 *
 * @param options - `tokens`, `retryCost`, `networkErrorCost`.
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget & { readonly retryCost: number; readonly networkErrorCost: number } {
  const capacity = amount(options, 'tokens', 500)
  let available = capacity
  return {
    retryCost: amount(options, 'retryCost', 5),
    networkErrorCost: amount(options, 'networkErrorCost', 10),
    take(cost) {
      if (cost > available) return false
      available -= cost
      return true
    },
    refund(tokens) {
      available = Math.min(capacity, available + tokens)
    },
  }
}
