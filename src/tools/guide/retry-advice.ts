import type { StatusClass } from '../../core/catalog/status.js'
import type { RetryStrategy } from '../../core/classify/retry-strategy.js'

/**
 * What each strategy means, worded so that it holds for every code the classifier gives
 * that strategy: how a particular code is resolved (If-Match for 412, If-Range for 416,
 * the lock token for 423, a new connection for 421) is prose of that code's guide, not
 * part of the rule.
 */
const ADVICE: Readonly<Record<Exclude<RetryStrategy, 'never' | 'idempotent-or-keyed'>, string>> = {
  'after-fix':
    'Do not resend it unchanged: the request itself has to change first; an identical request is expected to get the same answer.',
  'after-refresh-state':
    'Do not resend it unchanged: first learn the current state of the resource from the server, then send a request that is based on it.',
  'after-reauth':
    'Do not resend it with the same credentials: it can succeed only once the client (or its user) has authenticated anew, as the response asks.',
  'with-backoff':
    'The request was not processed: it may be repeated unchanged, whatever its method, after the delay below and never sooner than Retry-After, within a retry budget.',
}

const NOTHING_TO_RETRY: Readonly<Record<StatusClass, string>> = {
  '1xx': 'Nothing to retry: an interim response; keep waiting for the final status of the same request.',
  '2xx': 'Nothing to retry: the request succeeded. Repeating a non-idempotent request would run it again.',
  '3xx':
    'Nothing to retry: follow the redirect (within a redirect limit) or use the stored response; a Retry-After on a 3xx is the minimum wait before following (classifyRetry reports it as retryAfterMs).',
  '4xx':
    'Do not repeat it automatically: the classifier expects the same answer until something outside this request changes; report it to the caller or the user.',
  '5xx':
    'Do not repeat it automatically: the classifier expects the same answer until something outside this request changes; report it and let an operator act.',
}

/**
 * One sentence telling a client what a retry strategy means. Internal: `explain()` puts
 * it next to the classifier's decisions for typical requests.
 *
 * @param strategy - From `classifyRetry`.
 * @param statusClass - The class of the status, which words the `never` case.
 * @param idempotentMethods - The methods `isIdempotentMethod` accepts, listed in the
 *   `idempotent-or-keyed` sentence.
 * @returns The advice sentence.
 */
export function retryAdvice(strategy: RetryStrategy, statusClass: StatusClass, idempotentMethods: readonly string[]): string {
  if (strategy === 'never') return NOTHING_TO_RETRY[statusClass]
  if (strategy === 'idempotent-or-keyed') {
    return `The outcome is unknown: repeat automatically only an idempotent method (${idempotentMethods.join(', ')}) or a request with an Idempotency-Key the server honours, after the delay below and never sooner than Retry-After.`
  }
  return ADVICE[strategy]
}
