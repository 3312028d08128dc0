import { toProblem, type HttpProblem } from 'statuskit'
import { isInstance, read } from './control-flow.js'

/**
 * Hono's `HTTPException` as a problem: its status, its message (sent for 4xx only, as
 * for every error), and the safe header fields of its `res` (e.g. `WWW-Authenticate` from
 * Hono's auth middleware); fields of framing, representation, cookies and caching are
 * dropped by `toProblem`'s own rule. Internal, shared by statuskit/web and statuskit/hono.
 *
 * @param exception - An `HTTPException` (or an `Error` shaped like one).
 * @param status - Its status.
 * @returns The problem.
 */
export function httpExceptionProblem(exception: Error, status: number): HttpProblem {
  const headers = read(read(exception, 'res'), 'headers')
  const fields: Record<string, string> = {}
  if (isInstance(headers, Headers)) headers.forEach((value, key) => (fields[key] = value))
  return toProblem({ status, message: exception.message, headers: fields, cause: exception })
}

/**
 * Maps the HTTP errors of the web frameworks by their status, before `toProblem` would
 * make them a 500: SvelteKit's `error(status, body)` (an `HttpError`, not an `Error`:
 * `{ status, body: { message } }`) and Hono's `HTTPException`, both recognised by their
 * class name (statuskit/web imports neither framework). Internal.
 *
 * @param thrown - What the handler threw.
 * @returns The problem, or `undefined` when it is neither.
 */
export function mapFrameworkError(thrown: unknown): HttpProblem | undefined {
  const status = read(thrown, 'status')
  if (typeof status !== 'number') return undefined
  const name = read(read(thrown, 'constructor'), 'name')
  if (name === 'HttpError' && !isInstance(thrown, Error)) {
    const message = read(read(thrown, 'body'), 'message')
    return toProblem({ status, message: typeof message === 'string' ? message : undefined })
  }
  if (name === 'HTTPException' && isInstance(thrown, Error)) return httpExceptionProblem(thrown, status)
  return undefined
}
