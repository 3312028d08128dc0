import { ProblemError } from './problem-error.js'
import { readProblem, type ReadProblemOptions } from './read-problem.js'

/**
 * Options of {@link ensureOk}: those of `readProblem`, plus what the response does not
 * know about its request.
 *
 * @example
 * ```ts
 * import { ensureOk, type EnsureOkOptions } from 'statuskit/fetch'
 * const options: EnsureOkOptions = { method: 'PUT', maxBytes: 16_384 }
 * await ensureOk(await fetch('https://api.example.com/orders/7', { method: 'PUT', body: '{}' }), options)
 * ```
 */
export interface EnsureOkOptions extends ReadProblemOptions {
  /** The request method, for the error message and the retry verdict. @default 'GET' */
  readonly method?: string | undefined
  /** Capture a stack trace also for a 4xx response (see `ProblemErrorInit.stack`). @default false */
  readonly stack?: boolean | undefined
}

/**
 * Resolves `response` when it is `ok` (2xx); otherwise reads its problem (bounded, never
 * throwing on the body) and rejects with a {@link ProblemError} that carries the
 * response, the problem and the `classifyRetry` verdict (given the problem's `type`, so
 * statuskit's `idempotencyKeyInUse` 409 reads as a duplicate to resend as is; a status
 * outside 100–599, such as 600 or 999, gets a "never" verdict). The one line that turns
 * fetch's "a 409 is a success" into an error with everything needed to handle it.
 *
 * @param response - A fetch `Response`.
 * @param options - `method`, `maxBytes`, `baseUrl`, `stack`; `null` counts as none.
 * @returns The same response, when it is `ok`.
 * @throws ProblemError (as a rejection) when `response.ok` is false.
 *
 * @example
 * ```ts
 * import { ensureOk } from 'statuskit/fetch'
 * const order = await (await ensureOk(await fetch('https://api.example.com/orders/7'))).json()
 * ```
 */
export async function ensureOk(response: Response, options?: EnsureOkOptions): Promise<Response> {
  if (response.ok) return response
  const problem = await readProblem(response, options)
  throw new ProblemError({ response, problem, method: options?.method, stack: options?.stack })
}
