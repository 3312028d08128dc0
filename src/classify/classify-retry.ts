import { checkStatus } from '../catalog/check-status.js'
import { backoffDelay } from './backoff-delay.js'
import { isIdempotentMethod } from './is-idempotent-method.js'
import { nonNegative } from './non-negative.js'
import { readHeader, type HeadersLike } from './read-header.js'
import { readRetryHint } from './read-retry-hint.js'
import { adviceOf, retryStrategyOf, type RetryStrategy } from './retry-strategy.js'

/**
 * What the client knows about the request and its response, for {@link classifyRetry}.
 * Every field is optional. Numbers that are negative, `NaN` or infinite fall back to
 * their defaults (a safe fallback, not an error).
 *
 * @example
 * ```ts
 * import { classifyRetry, type RetryContext } from 'statuskit'
 * const context: RetryContext = { method: 'POST', idempotencyKey: 'b0f2…', idempotencyKeyHonoured: true, attempt: 1 }
 * classifyRetry(502, context).retry // true
 * ```
 */
export interface RetryContext {
  /** Request method, any case. @default 'GET' (the fetch default) */
  readonly method?: string | undefined
  /** Response headers: `Headers`, a plain object, or Node `IncomingHttpHeaders`. */
  readonly headers?: HeadersLike | undefined
  /** The `Idempotency-Key` the request carried (or `true` when it carried one). */
  readonly idempotencyKey?: string | boolean | undefined
  /**
   * The caller knows the server deduplicates by `Idempotency-Key`. A key alone does not
   * prove it ("a general client cannot assume the server will respect" it, draft-06).
   *
   * @default false
   */
  readonly idempotencyKeyHonoured?: boolean | undefined
  /** Which attempt received this response, counting from 1. @default 1 */
  readonly attempt?: number | undefined
  /** Attempts allowed in total, the first included. @default 3 */
  readonly maxAttempts?: number | undefined
  /** Longest server-requested wait worth honouring; longer means do not retry. @default 60000 */
  readonly maxRetryAfterMs?: number | undefined
  /** The clock for HTTP-date `Retry-After` values (ms since the epoch or a `Date`). @default Date.now() */
  readonly now?: number | Date | undefined
  /** Randomness for the backoff jitter, in [0, 1). @default Math.random */
  readonly random?: (() => number) | undefined
}

/**
 * The answer of {@link classifyRetry}.
 *
 * @example
 * ```ts
 * import { classifyRetry, type RetryDecision } from 'statuskit'
 * const decision: RetryDecision = classifyRetry(429, { headers: { 'retry-after': '2' } })
 * // { retry: true, strategy: 'with-backoff', delayMs: ≥ 2000, reason: '…', retryAfterMs: 2000 }
 * ```
 */
export interface RetryDecision {
  /** `true` only when the client may repeat the same request now or after `delayMs`. */
  readonly retry: boolean
  /** What must happen before the operation can succeed. */
  readonly strategy: RetryStrategy
  /** Milliseconds to wait before repeating; 0 when `retry` is false. */
  readonly delayMs: number
  /** A short English sentence for a log line. */
  readonly reason: string
  /** The wait the server asked for (Retry-After and millisecond variants), when it sent one. */
  readonly retryAfterMs?: number
}

/**
 * Decides whether a client may repeat a request that got `status`, when, and what must
 * change otherwise (reference §7). Rules, in order:
 *
 * 1. The table: any method may repeat only when the request was provably not processed
 *    (408, 421, 425, 429, 521, 522, 523); 500, 502, 503, 504 and other unknown outcomes
 *    only for an idempotent method (RFC 9110 §9.2.2) or a key the caller says the server
 *    honours; 501 never; unknown codes take their class (RFC 9110 §15).
 * 2. Context: 409 on a request with an `Idempotency-Key` is a concurrent duplicate →
 *    `with-backoff`; 413, 503 and 403 with a `Retry-After` → `with-backoff`.
 * 3. `Stripe-Should-Retry: true|false` wins over the table.
 * 4. The delay is `max(backoff, Retry-After)`: never sooner than the server asked. A
 *    wait beyond `maxRetryAfterMs` means do not retry (reported in `retryAfterMs`).
 * 5. `attempt ≥ maxAttempts` means do not retry.
 *
 * @param status - The response status, an integer from 100 to 599.
 * @param context - Method, response headers, Idempotency-Key, attempt count, limits, clock.
 * @returns `{ retry, strategy, delayMs, reason, retryAfterMs? }`.
 * @throws RangeError when `status` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * import { classifyRetry } from 'statuskit'
 * classifyRetry(409) // { retry: false, strategy: 'after-refresh-state', delayMs: 0, reason: '409: re-read …' }
 * classifyRetry(409, { method: 'POST', idempotencyKey: 'k1' }).strategy // 'with-backoff'
 * classifyRetry(502, { method: 'POST' }).retry // false
 * classifyRetry(503, { headers: { 'Retry-After': '120' } }).retryAfterMs // 120000, and retry: false
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2 | RFC 9110 §9.2.2}
 */
export function classifyRetry(status: number, context: RetryContext = {}): RetryDecision {
  const code = checkStatus(status, 'status')
  const { headers, method = 'GET', idempotencyKeyHonoured: honoured } = context
  const keyed = !!context.idempotencyKey
  const hint = readRetryHint(headers, context.now)
  const attempt = Math.max(1, nonNegative(context.attempt, 1))
  const maxAttempts = nonNegative(context.maxAttempts, 3)
  const limit = nonNegative(context.maxRetryAfterMs, 60_000)
  const directive = readHeader(headers, 'stripe-should-retry')?.toLowerCase()
  let strategy = retryStrategyOf(code)
  if (
    (code === 409 && keyed && honoured !== false) ||
    (hint !== undefined && (code === 403 || code === 413 || code === 503)) ||
    (code === 403 && readHeader(headers, 'x-ratelimit-remaining') === '0')
  ) {
    strategy = 'with-backoff'
  }
  let retry =
    code > 399 &&
    (strategy === 'with-backoff' ||
      (strategy === 'idempotent-or-keyed' && (isIdempotentMethod(method) || (keyed && honoured === true))))
  let reason = retry ? `${code === 409 ? 'its key is in use; ' : ''}resend it after the delay` : adviceOf(strategy)
  if (code > 399 && (directive === 'true' || directive === 'false')) {
    retry = directive === 'true'
    if (retry) strategy = 'with-backoff'
    else if (strategy === 'with-backoff' || strategy === 'idempotent-or-keyed') strategy = code === 409 ? 'after-refresh-state' : 'never'
    reason = `Stripe-Should-Retry: ${directive}`
  }
  if (retry && hint !== undefined && hint > limit) {
    retry = false
    reason = `Retry-After ${hint} ms exceeds the ${limit} ms limit`
  } else if (retry && attempt >= maxAttempts) {
    retry = false
    reason = `all ${maxAttempts} attempts used`
  }
  // 421 and 425 are repeated at once (new connection; not in early data); 429, 403 and
  // 503 are throttling and back off from 1 s; the rest are transient and start at 100 ms.
  const baseMs = code === 421 || code === 425 ? 0 : code === 429 || code === 403 || code === 503 ? 1000 : 100
  const delayMs = retry ? Math.max(backoffDelay(attempt - 1, { baseMs, random: context.random }), hint ?? 0) : 0
  return { retry, strategy, delayMs, reason: `${code}: ${reason}.`, ...(hint !== undefined && { retryAfterMs: hint }) }
}
