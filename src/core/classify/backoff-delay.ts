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
   * Window of the first retry, in ms: its delay is from half of it up to it. The status
   * records give 100 for transient failures and 2000 where a quick retry does not help
   * (429, 503, 504, Cloudflare 522/523: the first retry after 1–2 s, as in Google Cloud's
   * truncated exponential backoff).
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
 * Exponential backoff with equal jitter: a random delay from half of
 * `min(capMs, baseMs · 2^attempt)` up to it (AWS Architecture Blog "Exponential Backoff
 * And Jitter"). The jitter spreads a crowd of retrying clients over the upper half of the
 * window instead of letting them return in lockstep; the floor keeps a retry from being
 * immediate (full jitter from 0 ms makes the first retry of a 100 ms window effectively
 * immediate).
 *
 * Never returns `NaN` and does not throw on bad numbers: an invalid `attempt` (NaN,
 * negative, non-finite) counts as 0, invalid `baseMs`/`capMs` fall back to their
 * defaults, and `random()` results outside [0, 1] are clamped (NaN counts as 0).
 *
 * @param attempt - Retry number, 0 for the first retry.
 * @param options - `baseMs`, `capMs`, `random`.
 * @returns Whole milliseconds, from half the window to the window, at most `capMs`.
 *
 * @example
 * ```ts
 * import { backoffDelay } from 'statuskit'
 * backoffDelay(0, { random: () => 0 }) // 50: never sooner than half of 100 ms
 * backoffDelay(0, { random: () => 0.5 }) // 75
 * backoffDelay(10, { random: () => 0.999 }) // 19990: bounded by the 20 s cap
 * ```
 * @see {@link https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/ | AWS: Exponential Backoff And Jitter}
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const cap = nonNegative(options.capMs, 20_000)
  // 2 ** 2000 is Infinity, capped by `cap`; 0 · Infinity is NaN, turned into 0 below.
  const window = Math.min(cap, nonNegative(options.baseMs, 100) * 2 ** nonNegative(attempt, 0))
  const random = typeof options.random === 'function' ? options.random() : Math.random()
  // NaN or a negative draw counts as 0: the floor, half the window, still holds.
  return Math.floor(((1 + (random > 0 ? Math.min(random, 1) : 0)) / 2) * window) || 0
}
