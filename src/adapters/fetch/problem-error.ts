import { classifyRetry, type RetryDecision } from 'statuskit'
import type { ResponseProblem } from './read-problem.js'
import { redactUrl } from './redact-url.js'
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
  /** The retry verdict; computed with `classifyRetry(status, { method, headers })` when absent. */
  readonly decision?: RetryDecision | undefined
  /** What led to this error, if anything. */
  readonly cause?: unknown
}

/** The verdict for a status `classifyRetry` cannot take (0 for an opaque response). */
const UNCLASSIFIABLE: RetryDecision = {
  retry: false,
  strategy: 'never',
  delayMs: 0,
  reason: 'The status is outside 100–599; the response cannot be interpreted.',
}

/**
 * The error a client gets for a response that is not `ok`: the response, its status,
 * the problem it described (RFC 9457) and the retry verdict of `classifyRetry`. Thrown
 * by `ensureOk` and by `createFetch({ throwHttpErrors: true })`.
 *
 * The message is one line of facts, `409 Conflict: PUT https://api.example.com/orders/7`,
 * with origin and path only: query strings can carry tokens, so they never reach logs.
 * The body is already consumed: read `problem`, not `response.json()`.
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
  /** The response; its body has been read into {@link ProblemError.problem}. */
  readonly response: Response
  /** The response status. */
  readonly status: number
  /** The problem the response described, or one synthesised from its status. */
  readonly problem: ResponseProblem
  /** May the request be repeated, when, and what must change otherwise. */
  readonly decision: RetryDecision
  /** The request method, upper case. */
  readonly method: string
  /** The request URL without query string, fragment or credentials (`''` if unknown). */
  readonly url: string

  /**
   * @param init - `response`, `problem`, and optionally `method`, `url`, `decision`, `cause`.
   */
  constructor(init: ProblemErrorInit) {
    const { response, problem } = init
    const method = (init.method ?? 'GET').toUpperCase()
    const url = redactUrl(response.url || init.url)
    super(`${response.status} ${statusPhrase(response)}: ${method} ${url}`.trim(), { cause: init.cause })
    this.response = response
    this.status = response.status
    this.problem = problem
    this.method = method
    this.url = url
    this.decision = init.decision ?? classifyOrNever(response, method)
  }
}

function classifyOrNever(response: Response, method: string): RetryDecision {
  try {
    return classifyRetry(response.status, { method, headers: response.headers })
  } catch {
    return UNCLASSIFIABLE
  }
}
