import type { StatusClass } from '../catalog/status.js'
import type { RetryStrategy } from '../classify/retry-strategy.js'

const ADVICE: Readonly<Record<Exclude<RetryStrategy, 'never'>, string>> = {
  'after-fix':
    'Do not resend it unchanged: correct the request (its syntax, content, headers or size) first; an identical retry gets the same answer.',
  'after-refresh-state':
    'Re-read the current state of the resource (and its ETag), reapply the change to it, then resend, conditionally with If-Match.',
  'after-reauth':
    'Resend only with new or different credentials (refresh the token, sign in again); the same credentials get the same answer.',
  'with-backoff':
    'The request was not processed: repeat it unchanged, any method, after a delay — never sooner than Retry-After when the response sends one, otherwise with exponential backoff and jitter, within a retry budget.',
  'idempotent-or-keyed':
    'The outcome is unknown: repeat automatically only an idempotent method (GET, HEAD, OPTIONS, PUT, DELETE) or a request with an Idempotency-Key the server honours, with backoff, never sooner than Retry-After.',
}

const NOTHING_TO_RETRY: Readonly<Record<StatusClass, string>> = {
  '1xx': 'Nothing to retry: an interim response; keep waiting for the final status of the same request.',
  '2xx': 'Nothing to retry: the request succeeded. Repeating a non-idempotent request would run it again.',
  '3xx':
    'Nothing to retry: follow the redirect (within a redirect limit) or use the stored response; a Retry-After on a 3xx is the minimum wait before following.',
  '4xx': 'Do not retry: the same request will fail the same way; report the error to the caller or the user.',
  '5xx': 'Do not retry automatically: the condition will not clear on its own; report it and let an operator act.',
}

/**
 * One sentence telling a client what to do with a retry strategy. Internal: `explain()`
 * puts it next to the classifier's own reason.
 *
 * @param strategy - From `classifyRetry`.
 * @param statusClass - The class of the status, which words the `never` case.
 * @returns The advice sentence.
 */
export function retryAdvice(strategy: RetryStrategy, statusClass: StatusClass): string {
  return strategy === 'never' ? NOTHING_TO_RETRY[statusClass] : ADVICE[strategy]
}
