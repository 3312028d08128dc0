import { nonNegative } from './non-negative.js'

/**
 * Options of {@link backoffDelay}.
 *
 * @example
 * ```ts
 * import { backoffDelay, type BackoffOptions } from 'statuskit'
 * const throttled: BackoffOptions = { baseMs: 1000, capMs: 20_000 }
 * backoffDelay(2, throttled)
 * ```
 */
export interface BackoffOptions {
  /**
   * Delay ceiling of the first retry, in ms. 100 for transient failures, 1000 for
   * throttling (429; 503 with a hint), following the AWS SDK 2026 retry defaults.
   *
   * @default 100
   */
  readonly baseMs?: number | undefined
  /**
   * Upper bound of any delay, in ms (AWS `MAXIMUM_RETRY_DELAY`).
   *
   * @default 20000
   */
  readonly capMs?: number | undefined
  /**
   * Source of randomness in [0, 1). Pass a constant for deterministic tests.
   *
   * @default Math.random
   */
  readonly random?: (() => number) | undefined
}

/**
 * Exponential backoff with full jitter: a random delay from 0 to
 * `min(capMs, baseMs · 2^attempt)` (AWS Architecture Blog "Exponential Backoff And
 * Jitter"; gRFC A6). Full jitter spreads a crowd of retrying clients over the whole
 * window instead of letting them return in lockstep.
 *
 * Never returns `NaN` and does not throw on bad numbers: an invalid `attempt` (NaN,
 * negative, non-finite) counts as 0, invalid `baseMs`/`capMs` fall back to their
 * defaults, and `random()` results outside [0, 1] (or NaN) are clamped.
 *
 * @param attempt - Retry number, 0 for the first retry.
 * @param options - `baseMs`, `capMs`, `random`.
 * @returns Whole milliseconds, from 0 to `capMs`.
 *
 * @example
 * ```ts
 * import { backoffDelay } from 'statuskit'
 * backoffDelay(0, { random: () => 0.5 }) // 50: half of 100 ms
 * backoffDelay(10, { random: () => 0.999 }) // 19980: bounded by the 20 s cap
 * ```
 * @see {@link https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/ | AWS: Exponential Backoff And Jitter}
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const cap = nonNegative(options.capMs, 20_000)
  // 2 ** 2000 is Infinity, capped by `cap`; 0 · Infinity is NaN, turned into 0 below.
  const window = Math.min(cap, nonNegative(options.baseMs, 100) * 2 ** nonNegative(attempt, 0))
  const random = typeof options.random === 'function' ? options.random() : Math.random()
  return Math.floor(Math.min(Math.max(random, 0), 1) * window) || 0
}
