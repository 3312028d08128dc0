import { toProblem, type HttpProblem } from 'statuskit'

/** Reads one property, `undefined` when reading throws (a hostile getter or Proxy). */
function read(value: unknown, key: string): unknown {
  try {
    return (typeof value === 'object' && value !== null) || typeof value === 'function'
      ? (value as Record<string, unknown>)[key]
      : undefined
  } catch {
    return undefined
  }
}

/** `value instanceof type`, `false` when asking throws (a Proxy whose `getPrototypeOf` trap throws). */
function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type
  } catch {
    return false
  }
}

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
