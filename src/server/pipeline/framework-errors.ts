import { toProblem, type HttpProblem } from 'statuskit'
import { isInstance, read } from './read-member.js'

/**
 * Next.js's control-flow errors (`redirect()`, `permanentRedirect()`, `notFound()`,
 * `forbidden()`, `unauthorized()`, dynamic-rendering bail-outs) carry a `digest` that
 * Next's router reads; they are not failures and must reach Next unchanged. Older Next
 * versions used `NEXT_NOT_FOUND`; 15+ use `NEXT_HTTP_ERROR_FALLBACK;<status>`.
 */
const NEXT_DIGESTS = ['NEXT_REDIRECT', 'NEXT_NOT_FOUND', 'NEXT_HTTP_ERROR_FALLBACK', 'DYNAMIC_SERVER_USAGE', 'BAILOUT_TO_CSR']

/**
 * Hono's `HTTPException` as a problem: its status, its message (sent for 4xx only, as for
 * every error), and the safe header fields of its `res` (e.g. `WWW-Authenticate` from
 * Hono's auth middleware); framing, representation, cookie and caching fields are dropped
 * by `toProblem`'s own rule.
 *
 * @param exception - An `HTTPException` (or an `Error` shaped like one: `status`, `res`).
 * @param status - Its status.
 * @returns The problem.
 *
 * @example
 * ```ts
 * import { mapHttpException } from 'statuskit/server'
 * const exception = Object.assign(new Error('Log in first.'), { status: 401, res: new Response(null, { headers: { 'www-authenticate': 'Basic' } }) })
 * mapHttpException(exception, 401).headers // { 'www-authenticate': 'Basic' }
 * ```
 */
export function mapHttpException(exception: Error, status: number): HttpProblem {
  const headers = read(read(exception, 'res'), 'headers')
  const fields: Record<string, string> = {}
  if (isInstance(headers, Headers)) headers.forEach((value, key) => (fields[key] = value))
  // `expose` marks a status chosen on purpose (as http-errors does): an error that carries a
  // status and headers is otherwise taken for an upstream's answer (502).
  return toProblem({ status, message: read(exception, 'message'), expose: status < 500, headers: fields, cause: exception })
}

/**
 * Maps the HTTP errors of the web frameworks by their status, for a `map` list: SvelteKit's
 * `error(status, body)` (an `HttpError`, not an `Error`: `{ status, body: { message } }`)
 * and Hono's `HTTPException`, recognised by their class name (no framework is imported).
 * `statuskit/web` runs it after your mappers.
 *
 * @param thrown - What the handler threw.
 * @returns The problem, or `undefined` when it is neither.
 *
 * @example
 * ```ts
 * import { mapFrameworkError } from 'statuskit/server'
 * class HttpError { constructor(readonly status: number, readonly body: { message: string }) {} }
 * mapFrameworkError(new HttpError(404, { message: 'No such order.' }))?.status // 404
 * ```
 */
export function mapFrameworkError(thrown: unknown): HttpProblem | undefined {
  const status = read(thrown, 'status')
  if (typeof status !== 'number') return undefined
  const name = read(read(thrown, 'constructor'), 'name')
  if (name === 'HttpError' && !isInstance(thrown, Error)) {
    const message = read(read(thrown, 'body'), 'message')
    return toProblem({ status, message: typeof message === 'string' ? message : undefined, expose: status < 500 })
  }
  if (name === 'HTTPException' && isInstance(thrown, Error)) return mapHttpException(thrown, status)
  return undefined
}

/**
 * Whether a thrown value is a web framework's control flow that a problem handler must
 * rethrow untouched: Next.js's navigation errors (by their `digest`) and SvelteKit's
 * `redirect()` (an object with a 3xx `status` and a string `location`, not an `Error`).
 * `statuskit/web` rethrows them; a thrown `Response` is its caller's to return.
 *
 * @param thrown - What the handler threw.
 * @returns `true` to rethrow it.
 *
 * @example
 * ```ts
 * import { isControlFlow } from 'statuskit/server'
 * isControlFlow(Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' })) // true
 * isControlFlow(new Error('boom')) // false
 * ```
 */
export function isControlFlow(thrown: unknown): boolean {
  const digest = read(thrown, 'digest')
  if (typeof digest === 'string' && NEXT_DIGESTS.some((prefix) => digest === prefix || digest.startsWith(`${prefix};`))) {
    return true
  }
  const status = read(thrown, 'status')
  return (
    !isInstance(thrown, Error) &&
    typeof status === 'number' &&
    status >= 300 &&
    status <= 308 &&
    typeof read(thrown, 'location') === 'string'
  )
}
