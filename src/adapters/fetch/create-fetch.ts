import { backoffDelay, classifyRetry, isIdempotentMethod, type RetryDecision } from 'statuskit'
import { keyGenerator } from './idempotency-key.js'
import { isOneShotBody } from './is-one-shot-body.js'
import { ProblemError } from './problem-error.js'
import { readProblem } from './read-problem.js'
import { createRetryBudget, type RetryBudgetOptions } from './retry-budget.js'
import { wait } from './wait.js'

/**
 * Any function with the signature of the global `fetch`: the platform's, undici's, a
 * test double, or a wrapper such as ky's.
 *
 * @example
 * ```ts
 * import { createFetch, type FetchLike } from 'statuskit/fetch'
 * const logged: FetchLike = (input, init) => { console.log(init?.method ?? 'GET'); return fetch(input, init) }
 * const fetchWithRetry = createFetch({ fetch: logged })
 * ```
 */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

/**
 * What `onRetry` learns before each wait.
 *
 * @example
 * ```ts
 * import { createFetch, type RetryEvent } from 'statuskit/fetch'
 * const onRetry = (event: RetryEvent): void => console.warn(`retry #${event.attempt} in ${event.delayMs} ms: ${event.reason}`)
 * createFetch({ onRetry })
 * ```
 */
export interface RetryEvent {
  /** The attempt about to be made: 2 for the first retry. */
  readonly attempt: number
  /** Milliseconds the client waits before it: `max(backoff, Retry-After)`. */
  readonly delayMs: number
  /** The status of the failed attempt; `undefined` after a network error. */
  readonly status: number | undefined
  /** Why the request is repeated, one English sentence. */
  readonly reason: string
}

/**
 * Options of {@link createFetch}.
 *
 * @example
 * ```ts
 * import { createFetch, type CreateFetchOptions } from 'statuskit/fetch'
 * const options: CreateFetchOptions = { maxAttempts: 4, idempotencyKey: 'auto', throwHttpErrors: true }
 * const fetchWithRetry = createFetch(options)
 * ```
 */
export interface CreateFetchOptions {
  /** The fetch to wrap. @default globalThis.fetch (looked up at each call) */
  readonly fetch?: FetchLike | undefined
  /** Attempts in total, the first included; 1 turns retries off. @default 3 */
  readonly maxAttempts?: number | undefined
  /** A `Retry-After` longer than this is refused: no retry, the response is returned. @default 60000 */
  readonly maxRetryAfterMs?: number | undefined
  /**
   * `'auto'` adds an `Idempotency-Key: <crypto.randomUUID()>` to POST and PATCH requests
   * that have none, and keeps it across retries, so they may be repeated after an unknown
   * outcome (502, 504, a reset connection). A function makes the keys instead (Node 18
   * has no global Web Crypto: pass `() => randomUUID()` from `node:crypto`).
   *
   * @default 'off'
   */
  readonly idempotencyKey?: 'auto' | 'off' | (() => string) | undefined
  /**
   * Sending an `Idempotency-Key` asserts the server deduplicates by it (draft-ietf-httpapi-
   * idempotency-key-header). Set `false` for a server that ignores the key: keyed requests
   * are then retried no more than unkeyed ones.
   *
   * @default true
   */
  readonly idempotencyKeyHonoured?: boolean | undefined
  /** The per-instance retry budget (token bucket), or `false` for none. @default { tokens: 500, retryCost: 5, networkErrorCost: 10 } */
  readonly retryBudget?: RetryBudgetOptions | false | undefined
  /** Called before each wait with `{ attempt, delayMs, status, reason }`. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined
  /** Reject with a `ProblemError` for a final 4xx/5xx instead of resolving it. @default false */
  readonly throwHttpErrors?: boolean | undefined
  /** Byte limit of the error body read for a `ProblemError`. @default 65536 */
  readonly maxBytes?: number | undefined
  /** Randomness for the backoff jitter, in [0, 1). @default Math.random */
  readonly random?: (() => number) | undefined
}

/** `value`, or a `RangeError` naming `parameter` unless it is a positive integer. */
function positiveInteger(value: number, parameter: string): number {
  if (Number.isSafeInteger(value) && value > 0) return value
  throw new RangeError(`Invalid \`${parameter}\`: received ${String(value)}; expected a positive integer.`)
}

/**
 * Wraps a fetch function with safe retries driven by `classifyRetry`: it waits
 * `max(backoff, Retry-After)` (full jitter; never sooner than the server asked), stops at
 * `maxAttempts`, refuses a `Retry-After` above `maxRetryAfterMs`, rejects at once when the
 * request's `AbortSignal` fires during a wait, never repeats a non-idempotent request
 * (RFC 9110 §9.2.2) unless it carries an `Idempotency-Key`, never repeats a one-shot
 * stream body, and spends a per-instance token bucket (as the AWS SDKs do) so a failing
 * dependency is not hammered. Network errors are retried as an unknown outcome.
 *
 * It resolves the final response like `fetch` does, 4xx/5xx included, unless
 * `throwHttpErrors` is set. A `Request` input is cloned for each attempt (a `Request`
 * wrapping a stream is then buffered by the clone; pass the stream as `init.body`).
 *
 * @param options - `fetch`, `maxAttempts`, `maxRetryAfterMs`, `idempotencyKey`,
 *   `idempotencyKeyHonoured`, `retryBudget`, `onRetry`, `throwHttpErrors`, `maxBytes`, `random`.
 * @returns A function with the signature of `fetch`.
 * @throws RangeError when `maxAttempts` is not a positive integer; TypeError when `fetch`
 *   is not a function, or `idempotencyKey` is not `'auto'`, `'off'` or a function, or
 *   `'auto'` finds no Web Crypto (Node 18).
 *
 * @example
 * ```ts
 * import { createFetch } from 'statuskit/fetch'
 * const fetchWithRetry = createFetch({ idempotencyKey: 'auto', throwHttpErrors: true, onRetry: console.warn })
 * const response = await fetchWithRetry('https://api.example.com/orders', { method: 'POST', body: '{"sku":"A1"}' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110 §10.2.3 (Retry-After)}
 */
export function createFetch(options: CreateFetchOptions = {}): FetchLike {
  const { onRetry, throwHttpErrors = false, maxBytes, random, maxRetryAfterMs } = options
  const maxAttempts = positiveInteger(options.maxAttempts ?? 3, 'maxAttempts')
  const honoured = options.idempotencyKeyHonoured ?? true
  const newKey = keyGenerator(options.idempotencyKey)
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError(`Invalid \`fetch\`: received ${typeof options.fetch}; expected a fetch-compatible function.`)
  }
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const budget = options.retryBudget === false ? undefined : createRetryBudget(options.retryBudget)

  return async function fetchWithRetry(input, init = {}) {
    const request = typeof Request === 'function' && input instanceof Request ? input : undefined
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase()
    const signal = init.signal ?? request?.signal
    const headers = new Headers(request?.headers)
    new Headers(init.headers).forEach((value, name) => headers.set(name, value))
    if (newKey && (method === 'POST' || method === 'PATCH') && !headers.has('idempotency-key')) {
      headers.set('idempotency-key', newKey())
    }
    const idempotencyKey = headers.get('idempotency-key') ?? undefined
    const oneShot = isOneShotBody(init.body)
    const attemptInit: RequestInit = { ...init, headers }
    let spent = 0
    for (let attempt = 1; ; attempt++) {
      let response: Response
      try {
        response = await fetchFn(request ? request.clone() : input, attemptInit)
      } catch (error) {
        // An abort (the caller's signal, a timeout signal) is final; anything else is a
        // network failure: the request may or may not have been processed.
        const cost = budget?.networkErrorCost ?? 0
        const repeatable = isIdempotentMethod(method) || (idempotencyKey !== undefined && honoured)
        if (signal?.aborted || oneShot || !repeatable || attempt >= maxAttempts || (budget && !budget.take(cost))) throw error
        spent += cost
        const delayMs = backoffDelay(attempt - 1, random ? { random } : {})
        // The error's name only: some runtimes put the full URL, query included, in the message.
        const reason = `No response (${(error as Error)?.name ?? 'Error'}): repeating the request, as it is ${idempotencyKey ? 'keyed' : 'idempotent'}.`
        onRetry?.({ attempt: attempt + 1, delayMs, status: undefined, reason })
        await wait(delayMs, signal)
        continue
      }
      const { status } = response
      if (response.ok) {
        budget?.refund(spent || 1)
        return response
      }
      if (status < 100 || status > 599) return response // opaque (0): nothing to classify
      let decision: RetryDecision = classifyRetry(status, {
        method,
        headers: response.headers,
        idempotencyKey,
        idempotencyKeyHonoured: honoured,
        attempt,
        maxAttempts,
        maxRetryAfterMs,
        random,
      })
      if (decision.retry && oneShot) {
        decision = { ...decision, retry: false, delayMs: 0, reason: `${status}: the request body is a one-shot stream and cannot be sent again; not retried.` }
      } else if (decision.retry && budget && !budget.take(budget.retryCost)) {
        decision = { ...decision, retry: false, delayMs: 0, reason: `${status}: the client's retry budget is spent (too many recent failures); not retried.` }
      }
      if (!decision.retry) {
        if (!throwHttpErrors || status < 400) return response
        const problem = await readProblem(response, { maxBytes })
        throw new ProblemError({ response, problem, method, url: request?.url ?? String(input), decision })
      }
      spent += budget?.retryCost ?? 0
      onRetry?.({ attempt: attempt + 1, delayMs: decision.delayMs, status, reason: decision.reason })
      // Free the connection: the body of a response we retry is never read.
      response.body?.cancel().catch(() => {})
      await wait(decision.delayMs, signal)
    }
  }
}
