import { backoffDelay, isIdempotentMethod, type RetryDecision } from 'statuskit'
import { byteLimit } from './byte-limit.js'
import { keyGenerator } from './idempotency-key.js'
import { invalidOption } from './invalid-option.js'
import { isOneShotBody } from './is-one-shot-body.js'
import { ProblemError } from './problem-error.js'
import { readProblem } from './read-problem.js'
import { createRetryBudget, type RetryBudgetOptions } from './retry-budget.js'
import { retryDecision } from './retry-decision.js'
import { MAX_TIMER_MS, wait } from './wait.js'

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
   * outcome (502, 504, a reset connection); it needs `crypto.randomUUID` (not in Node 18
   * without Web Crypto, nor on a page served over plain HTTP). A function makes the keys
   * instead, e.g. `() => randomUUID()` from `node:crypto`.
   *
   * @default 'off'
   */
  readonly idempotencyKey?: 'auto' | 'off' | (() => string) | undefined
  /**
   * The server deduplicates requests by their `Idempotency-Key`
   * (draft-ietf-httpapi-idempotency-key-header): a keyed POST or PATCH may then be
   * repeated after an unknown outcome (502, 504, a reset connection), and a keyed 409 is
   * a duplicate still in flight, resent as is after a backoff. A key alone proves nothing
   * ("a general client cannot assume the server will respect" it): without this, keyed
   * requests are retried no more than unkeyed ones, and a keyed 409 is a real conflict,
   * unless its problem `type` is statuskit's `idempotencyKeyInUse`, the server saying so.
   *
   * @default false
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

/**
 * A `TypeError` from fetch whose message does not start by naming a network failure is
 * the runtime refusing the arguments (a GET with a body, a malformed URL: "Failed to parse
 * URL from ...", "Request with GET/HEAD method cannot have body."): nothing was sent, and
 * sending it again cannot help. The network failures, by runtime: undici "fetch failed"
 * and "terminated"; Chromium "Failed to fetch" and "network error"; Firefox
 * "NetworkError when attempting to fetch resource."; Safari "Load failed", "The Internet
 * connection appears to be offline.", "The network connection was lost.", "The request
 * timed out.", "A server with the specified hostname could not be found.", "Could not
 * connect to the server."; Bun " A network error occurred."; Deno "error sending request
 * for url" and "client error (Connect)"; Cloudflare "Network connection lost"; cross-fetch
 * "Network request failed". Anchored at the start, so a URL in a message never matches.
 */
const NETWORK_FAILURE =
  /^\s*(?:fetch failed|failed to fetch|network|load failed|terminated|the (?:internet|network|request timed)|a (?:server with|network)|could not connect|error sending|client error)/i

/** Whether a thrown value is a `TypeError` that names no network failure (see above). */
function refusedArguments(error: unknown): boolean {
  try {
    return (error as Error).name === 'TypeError' && !NETWORK_FAILURE.test(String((error as Error).message))
  } catch {
    return false
  }
}

/**
 * Wraps a fetch function with safe retries driven by `classifyRetry`: it waits
 * `max(backoff, Retry-After)` (equal jitter; never sooner than the server asked), stops at
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
 * @throws RangeError when `maxAttempts` is not a positive integer, `maxRetryAfterMs` is not
 *   a number from 0 to 2147483647 (the longest timer) or `maxBytes` not a non-negative
 *   integer; TypeError when an option has the wrong type (`fetch`, `onRetry`, `random`:
 *   functions; `throwHttpErrors`, `idempotencyKeyHonoured`: booleans), or
 *   `idempotencyKey` is not `'auto'`, `'off'` or a function, or `'auto'` finds no
 *   `crypto.randomUUID`, or `retryBudget` is not an object or `false`. The returned
 *   function rejects with a TypeError when a key function returns no non-empty string.
 *
 * @example
 * ```ts
 * import { createFetch } from 'statuskit/fetch'
 * const fetchWithRetry = createFetch({ idempotencyKey: 'auto', throwHttpErrors: true, onRetry: console.warn })
 * const response = await fetchWithRetry('https://api.example.com/orders', { method: 'POST', body: '{"sku":"A1"}' })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110 §10.2.3 (Retry-After)}
 */
export function createFetch(options?: CreateFetchOptions): FetchLike {
  options ??= {}
  const { onRetry, throwHttpErrors = false, random, maxRetryAfterMs, idempotencyKeyHonoured: honoured = false } = options
  const maxAttempts = options.maxAttempts ?? 3
  if (!(Number.isSafeInteger(maxAttempts) && maxAttempts > 0)) invalidOption('maxAttempts', maxAttempts, 'a positive integer')
  if (!(maxRetryAfterMs === undefined || (typeof maxRetryAfterMs === 'number' && maxRetryAfterMs >= 0 && maxRetryAfterMs <= MAX_TIMER_MS))) {
    invalidOption('maxRetryAfterMs', maxRetryAfterMs, `milliseconds from 0 to ${MAX_TIMER_MS}`)
  }
  for (const [name, value, kind] of [
    ['fetch', options.fetch, 'function'],
    ['onRetry', onRetry, 'function'],
    ['random', random, 'function'],
    ['throwHttpErrors', throwHttpErrors, 'boolean'],
    ['idempotencyKeyHonoured', honoured, 'boolean'],
  ] as const) {
    if (value !== undefined && typeof value !== kind) invalidOption(name, value, `a ${kind}`, false)
  }
  const maxBytes = byteLimit(options.maxBytes)
  const newKey = keyGenerator(options.idempotencyKey)
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const { retryBudget } = options
  if (!(retryBudget === undefined || retryBudget === false || (typeof retryBudget === 'object' && retryBudget !== null))) {
    invalidOption('retryBudget', retryBudget, 'an object or false')
  }
  const budget = retryBudget === false ? undefined : createRetryBudget(retryBudget)

  return async function fetchWithRetry(input, given) {
    const init: RequestInit = given ?? {}
    // Any Request, the platform's or another implementation's (undici's, another realm's).
    const candidate = input as Request | undefined
    const request = typeof candidate?.clone === 'function' && typeof candidate.method === 'string' ? candidate : undefined
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase()
    const signal = init.signal ?? request?.signal
    const keyed = newKey !== undefined && (method === 'POST' || method === 'PATCH')
    let attemptInit = given
    let idempotencyKey: string | undefined
    // Without a Request, header fields or a key to add there is no Idempotency-Key to read
    // and nothing to merge: the init goes to fetch as given (none when none was).
    if (request || init.headers !== undefined || keyed) {
      const headers = new Headers(request?.headers)
      new Headers(init.headers).forEach((value, name) => headers.set(name, value))
      // An empty key is no key: it is replaced with a real one, or does not count.
      if (keyed && !headers.get('idempotency-key')) headers.set('idempotency-key', newKey())
      idempotencyKey = headers.get('idempotency-key') || undefined
      attemptInit = { ...init, headers }
    }
    const oneShot = isOneShotBody(init.body)
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
        if (signal?.aborted || refusedArguments(error) || oneShot || !repeatable || attempt >= maxAttempts || (budget && !budget.take(cost))) {
          throw error
        }
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
      if (status < 100) return response // opaque (0): nothing to classify
      // The problem's type decides a keyed 409 (statuskit's idempotencyKeyInUse: a
      // duplicate in flight; anything else: a real conflict). Read from a clone, so the
      // response handed back keeps its body.
      const problem = idempotencyKey !== undefined && status === 409 ? await readProblem(response.clone(), { maxBytes }) : undefined
      // 600 and above get a "never" verdict, as in ensureOk.
      let decision: RetryDecision = retryDecision(status, {
        method,
        headers: response.headers,
        idempotencyKey,
        idempotencyKeyHonoured: honoured,
        problemType: problem?.type,
        attempt,
        maxAttempts,
        maxRetryAfterMs,
        random,
      })
      const refusal = !decision.retry
        ? undefined
        : oneShot
          ? 'the body is a one-shot stream'
          : budget && !budget.take(budget.retryCost)
            ? 'the retry budget is spent'
            : undefined
      if (refusal) decision = { ...decision, retry: false, delayMs: 0, reason: `${status}: not retried, ${refusal}.` }
      if (!decision.retry) {
        if (!throwHttpErrors || status < 400) return response
        throw new ProblemError({ response, problem: await readProblem(response, { maxBytes }), method, url: request?.url ?? String(input), decision })
      }
      spent += budget?.retryCost ?? 0
      // Free the connection (before onRetry, which may throw): the body of a response we
      // retry is never read.
      response.body?.cancel().catch(() => {})
      onRetry?.({ attempt: attempt + 1, delayMs: decision.delayMs, status, reason: decision.reason })
      await wait(decision.delayMs, signal)
    }
  }
}
