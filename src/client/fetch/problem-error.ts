import type { RetryDecision } from 'statuskit'
import type { ResponseProblem } from './read-problem.js'
import { redactUrl } from './redact-url.js'
import { retryDecision } from './retry-decision.js'
import { statusPhrase } from './status-phrase.js'

/**
 * Constructor input of {@link ProblemError}.
 *
 * @example
 * ```ts
 * import { ProblemError, readProblem, type ProblemErrorInit } from 'statuskit/fetch'
 * const response = await fetch('https://api.example.com/orders/7')
 * const init: ProblemErrorInit = { response, problem: await readProblem(response), method: 'GET' }
 * throw new ProblemError(init)
 * ```
 */
export interface ProblemErrorInit {
  /** The response that was not `ok` (its body already read into `problem`). */
  readonly response: Response
  /** The problem it carried, from `readProblem`. */
  readonly problem: ResponseProblem
  /** The request method, for the message and the retry verdict. @default 'GET' */
  readonly method?: string | undefined
  /** The request URL, when `response.url` is empty (a constructed `Response`). */
  readonly url?: string | URL | undefined
  /**
   * The retry verdict; when absent, computed with `classifyRetry(status, { method,
   * headers, problemType })`, `problemType` being the problem's `type` (a status outside
   * 100–599 gets a "never" verdict).
   */
  readonly decision?: RetryDecision | undefined
  /** What led to this error, if anything. */
  readonly cause?: unknown
  /**
   * Whether to capture a stack trace. For a 4xx response the error is an expected
   * outcome the caller branches on (409: refresh and resend), and the message already
   * names the method and URL, so it skips the capture, most of the cost of an error in
   * async code. Set `true` to see where one is created.
   * @default true, except for a 4xx response
   */
  readonly stack?: boolean | undefined
}

/**
 * The error a client gets for a response that is not `ok`: the response, its status,
 * the problem it described (RFC 9457) and the retry verdict of `classifyRetry`. Thrown
 * by `ensureOk` and by `createFetch({ throwHttpErrors: true })`.
 *
 * The message is one line of facts, `409 Conflict: PUT https://api.example.com/orders/7`,
 * with origin and path only: query strings can carry tokens, so they never reach logs
 * (nor do they through the problem's `type` or `instance`: `readProblem` resolves them
 * against the URL without its query string, even `"instance": ""`).
 * The body is already consumed: read `problem`, not `response.json()`. For a 4xx
 * response the error has no stack frames unless `stack: true` (see
 * {@link ProblemErrorInit.stack}).
 *
 * @example
 * ```ts
 * import { ensureOk, ProblemError } from 'statuskit/fetch'
 * try {
 *   await ensureOk(await fetch('https://api.example.com/orders/7', { method: 'PUT', body: '{}' }), { method: 'PUT' })
 * } catch (error) {
 *   if (error instanceof ProblemError && error.decision.strategy === 'after-refresh-state') {
 *     // 409: re-read the order, reapply the change, resend with If-Match
 *   }
 * }
 * ```
 */
export class ProblemError extends Error {
  /** Always `'ProblemError'` (a literal field: minifiers rename classes). */
  override readonly name = 'ProblemError' as const
  /**
   * The response; its body has been read into {@link ProblemError.problem}. Not
   * enumerable, so that logging the error does not print the response's URL with its
   * query string.
   */
  declare readonly response: Response
  /** The response status. */
  declare readonly status: number
  /** The problem the response described, or one synthesised from its status. */
  declare readonly problem: ResponseProblem
  /** The request method, upper case. */
  declare readonly method: string
  /** The request URL without query string, fragment or credentials (`''` if unknown). */
  declare readonly url: string
  /** May the request be repeated, when, and what must change otherwise. */
  declare readonly decision: RetryDecision

  /**
   * @param init - `response`, `problem`, and optionally `method`, `url`, `decision`, `cause`, `stack`.
   */
  constructor(init: ProblemErrorInit) {
    const { response, problem, cause } = init
    const method = (init.method ?? 'GET').toUpperCase()
    const { status, url: responseUrl } = response
    const url = redactUrl(responseUrl || init.url)
    const message = `${status} ${statusPhrase(response)}: ${method} ${url}`.trim()
    // As for HttpProblem: V8's Error.stackTraceLimit, which Reflect.set leaves alone
    // (without throwing) where it is frozen. Everything the constructor reads is read
    // before it changes, so nothing can throw before it is restored.
    const limit = Error.stackTraceLimit
    if (!(init.stack ?? !(status >= 400 && status <= 499))) Reflect.set(Error, 'stackTraceLimit', 0)
    super(message, { cause })
    Reflect.set(Error, 'stackTraceLimit', limit)
    // Not enumerable: logs and util.inspect would print its URL, query string included.
    Object.defineProperty(this, 'response', { value: response, configurable: true })
    this.status = status
    this.problem = problem
    this.method = method
    this.url = url
    this.decision = init.decision ?? retryDecision(status, { method, headers: response.headers, problemType: problem?.type })
  }
}
