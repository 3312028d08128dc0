/**
 * What must happen before the same logical operation can succeed (reference §7.1):
 *
 * - `never`: repeating cannot help (404, 410, 501, and every non-error status).
 * - `after-fix`: change the request first (400, 413, 422, …).
 * - `after-refresh-state`: re-read the server's state (ETag), reapply, resend (409, 412).
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
 * The per-status rows of reference §7.3, as `'<codes>|<advice>'` per strategy (strings
 * keep the bundle small): the space-separated codes that get the strategy, then the
 * `reason` text of a decision that does not retry. Codes not listed take their class
 * default: 4xx → `after-fix`, 5xx → `idempotent-or-keyed`, 1xx–3xx → `never` (nothing
 * to retry). Vendor rows: 499 (nginx), 520–524 (Cloudflare), 598 and 599 (proxies).
 */
const ROWS: Readonly<Record<RetryStrategy, string>> = {
  // 1xx–3xx are not errors: nothing to retry.
  never: '404 410 451 499 501 506 507 508|repeating it cannot help',
  'after-fix': '505 510|fix the request first',
  'after-refresh-state': '409 412 416 423 428|re-read the state, reapply the change, resend',
  'after-reauth': '401 403 407 511|resend only with new credentials',
  'with-backoff': '408 421 425 429 521 522 523|not processed; resend it after the delay',
  'idempotent-or-keyed': '|outcome unknown; resend only if idempotent or keyed',
}

/**
 * The strategy a status gets from the table alone, before request context and server
 * hints (Idempotency-Key, Retry-After, Stripe-Should-Retry) are considered. Internal.
 *
 * @param code - A valid status, 100–599 (checked by the caller).
 * @returns The table row, or the class default.
 */
export function retryStrategyOf(code: number): RetryStrategy {
  for (const strategy in ROWS) {
    if (ROWS[strategy as RetryStrategy].includes(String(code))) return strategy as RetryStrategy
  }
  return code < 400 ? 'never' : code < 500 ? 'after-fix' : 'idempotent-or-keyed'
}

/**
 * What a client should do under `strategy`, as the tail of a `reason` sentence. Internal.
 *
 * @param strategy - A retry strategy.
 * @returns Lower-case advice without a final period.
 */
export const adviceOf = (strategy: RetryStrategy): string => ROWS[strategy].split('|')[1] ?? ''
