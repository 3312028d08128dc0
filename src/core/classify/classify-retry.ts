import { checkStatus } from '../catalog/check-status.js'
import { backoffDelay } from './backoff-delay.js'
import { isIdempotentMethod } from './is-idempotent-method.js'
import { nonNegative } from './non-negative.js'
import { readHeader, type HeadersLike } from './read-header.js'
import { readRetryHint } from './read-retry-hint.js'
import type { StatusVendor } from '../catalog/vendor-table.js'
import { IDEMPOTENCY_KEY_IN_USE_TYPE } from '../problem/idempotency-types.js'
import { readRateLimitReset } from './read-rate-limit-reset.js'
import { BASE_DELAYS_MS, MIN_DELAYS_MS, REQUIREMENTS, UPGRADES } from './retry-table.js'
import { adviceOf, retryStrategyOf, type RetryCondition, type RetryRequirement, type RetryStrategy } from './retry-strategy.js'
import { rowOf } from './table-row.js'

/** The clock in ms since the epoch; `Date.now()` for a missing, invalid or hostile value (a Proxy of a Date). */
function clockOf(now: unknown): number {
  try {
    return nonNegative(now === undefined ? undefined : Number(now), Date.now())
  } catch {
    return Date.now()
  }
}

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
   * prove it ("a general client cannot assume the server will respect" it, draft-06): a
   * keyed 409 from a server that does not is a real conflict (a duplicate email). Only
   * with `true` (and a key) is a 409 a concurrent duplicate to resend as is, and a 5xx
   * safe to resend for any method.
   *
   * @default false
   */
  readonly idempotencyKeyHonoured?: boolean | undefined
  /**
   * The `type` of the problem document the response carried, if any. statuskit's
   * `idempotencyKeyInUse.type` on a 409 says a request with the same key is still in
   * flight: back off and resend as is.
   */
  readonly problemType?: string | undefined
  /**
   * Whose meaning of the number applies, for a vendor code that several vendors use:
   * `classifyRetry(499, { vendor: 'esri' })` is Esri's "Token Required", not nginx's
   * "Client Closed Request". Without it a number gets its most common vendor's rule.
   */
  readonly vendor?: StatusVendor | undefined
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
  /**
   * Milliseconds to wait before repeating; 0 when `retry` is false, except for a 3xx with
   * `Retry-After`: then the wait before following it (RFC 9110 §10.2.3).
   */
  readonly delayMs: number
  /** A short English sentence for a log line. */
  readonly reason: string
  /**
   * The wait the server asked for, when it sent one: `Retry-After` and its millisecond
   * variants, or on a rate-limited 403 the time until `x-ratelimit-reset`.
   */
  readonly retryAfterMs?: number
  /** What the repeat needs besides the wait (421: a new connection), when the status says. */
  readonly requires?: RetryRequirement
}

/**
 * Decides whether a client may repeat a request that got `status`, when, and what must
 * change otherwise. The rules come from the status records (data/statuses/), in order:
 *
 * 1. The table: any method may repeat only when the request was provably not processed
 *    (408, 421, 425, 429, 521, 522, 523); 500, 502, 503, 504 and other unknown outcomes
 *    only for an idempotent method (RFC 9110 §9.2.2) or a key the caller says the server
 *    honours; 501 never; unknown codes take their class (RFC 9110 §15). A `vendor` picks
 *    that vendor's row for a shared number (499: nginx or Esri).
 * 2. Context: a 409 is a concurrent duplicate (`with-backoff`) only with
 *    `idempotencyKeyHonoured: true` and a key, or with statuskit's `idempotencyKeyInUse`
 *    problem type; 403, 413 and 509 with a `Retry-After`, and a 403 whose rate limit is
 *    exhausted with a known reset time, are `with-backoff`. A 503's `Retry-After` is only
 *    a wait: it does not make a POST safe to repeat.
 * 3. `Stripe-Should-Retry: true|false` wins over the table.
 * 4. The delay is `max(backoff, server wait, documented minimum)`: never sooner than the
 *    server asked. A wait beyond `maxRetryAfterMs` means do not retry (reported in
 *    `retryAfterMs`).
 * 5. `attempt ≥ maxAttempts` means do not retry.
 *
 * @param status - The response status, an integer from 100 to 599.
 * @param given - Method, response headers, Idempotency-Key, problem type, vendor, attempt count, limits, clock.
 * @returns `{ retry, strategy, delayMs, reason, retryAfterMs?, requires? }`.
 * @throws RangeError when `status` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * import { classifyRetry, idempotencyKeyInUse } from 'statuskit'
 * classifyRetry(409) // { retry: false, strategy: 'after-refresh-state', delayMs: 0, reason: '409: re-read …' }
 * classifyRetry(409, { method: 'POST', idempotencyKey: 'k1' }).strategy // 'after-refresh-state': a key alone proves nothing
 * classifyRetry(409, { method: 'POST', idempotencyKey: 'k1', problemType: idempotencyKeyInUse.type }).strategy // 'with-backoff'
 * classifyRetry(499, { vendor: 'esri' }).strategy // 'after-reauth'
 * classifyRetry(502, { method: 'POST' }).retry // false
 * classifyRetry(503, { headers: { 'Retry-After': '120' } }).retryAfterMs // 120000, and retry: false
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2 | RFC 9110 §9.2.2}
 */
export function classifyRetry(status: number, given?: RetryContext | null): RetryDecision {
  const code = checkStatus(status, 'status')
  const context = given ?? {}
  const { headers, method = 'GET', vendor } = context
  const keyed = !!context.idempotencyKey
  const honoured = keyed && context.idempotencyKeyHonoured === true
  const now = clockOf(context.now)
  const retryAfter = readRetryHint(headers, now)
  const attempt = Math.max(1, nonNegative(context.attempt, 1))
  const maxAttempts = nonNegative(context.maxAttempts, 3)
  const limit = nonNegative(context.maxRetryAfterMs, 60_000)
  const directive = readHeader(headers, 'stripe-should-retry')?.toLowerCase()
  const requires = rowOf(REQUIREMENTS, code, vendor)
  const tableStrategy = retryStrategyOf(code, vendor)
  const conditions = rowOf(UPGRADES, code, vendor) ?? []
  const resetWait = conditions.includes('rate-limit-exhausted') ? readRateLimitReset(headers, now) : undefined
  const met = (condition: RetryCondition): boolean =>
    condition === 'retry-after'
      ? retryAfter !== undefined
      : condition === 'rate-limit-exhausted'
        ? resetWait !== undefined
        : condition === 'idempotency-key-honoured'
          ? honoured
          : context.problemType === IDEMPOTENCY_KEY_IN_USE_TYPE
  const hint = resetWait === undefined ? retryAfter : Math.max(retryAfter ?? 0, resetWait)
  let strategy = conditions.some(met) ? 'with-backoff' : tableStrategy
  let retry =
    code > 399 &&
    (strategy === 'with-backoff' || (strategy === 'idempotent-or-keyed' && (isIdempotentMethod(method) || honoured)))
  const baseMs = rowOf(BASE_DELAYS_MS, code, vendor) ?? 100
  const minMs = rowOf(MIN_DELAYS_MS, code, vendor) ?? 0
  let reason = code < 400 ? 'not an error, nothing to retry' : adviceOf(strategy)
  if (code > 399 && (directive === 'true' || directive === 'false')) {
    retry = directive === 'true'
    strategy = retry ? 'with-backoff' : tableStrategy === 'with-backoff' || tableStrategy === 'idempotent-or-keyed' ? 'never' : tableStrategy
    reason = `Stripe-Should-Retry: ${directive}`
  } else {
    if (retry) reason = `${code === 409 ? 'its key is in use; ' : ''}resend it ${baseMs || hint || minMs ? 'after the delay' : 'now'}`
    if (requires !== undefined) reason += ` (${requires})`
  }
  if (retry && hint !== undefined && hint > limit) {
    retry = false
    reason = `Retry-After ${hint} ms exceeds the ${limit} ms limit`
  } else if (retry && minMs > limit) {
    retry = false
    reason = `a ${minMs} ms wait exceeds the ${limit} ms limit`
  } else if (retry && attempt >= maxAttempts) {
    retry = false
    reason = `all ${maxAttempts} attempts used`
  }
  // A 3xx with Retry-After: the wait before following it (RFC 9110 §10.2.3).
  const delayMs = retry ? Math.max(backoffDelay(attempt - 1, { baseMs, random: context.random }), hint ?? 0, minMs) : code < 400 && code > 299 ? (hint ?? 0) : 0
  return {
    retry,
    strategy,
    delayMs,
    reason: `${code}: ${reason}.`,
    ...(hint !== undefined && { retryAfterMs: hint }),
    ...(requires !== undefined && { requires }),
  }
}
