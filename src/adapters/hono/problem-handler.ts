import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono'
import { notFound, type HttpProblem } from 'statuskit'
import {
  createProblemPipeline,
  mapFrameworkError,
  readWebRequest,
  toWebResponse,
  type ProblemPipeline,
  type ServerProblem,
  type ServerProblemOptions,
} from 'statuskit/server'

/**
 * Options of {@link problemHandler} and {@link notFoundHandler}: the options of every
 * statuskit server adapter (`map`, `customize`, `traceId`, `log`), with Hono's `Context`
 * passed to `log`.
 *
 * @example
 * ```ts
 * import type { HonoProblemOptions } from 'statuskit/hono'
 * const options: HonoProblemOptions = { log: (level, problem, c) => console[level](c.req.path, problem.status) }
 * ```
 */
export type HonoProblemOptions = ServerProblemOptions<Context>

/** The default logger: `console.error` for `error`-level problems (most 5xx), as Hono's own handler does. */
function logToConsole(level: string, problem: HttpProblem): void {
  if (level === 'error') console.error(problem)
}

/**
 * The pipeline of one handler: the user's mappers, then `HTTPException` (recognised by its
 * class name, so this entry loads without importing `hono` at run time), then `toProblem`.
 * Internal (shared by the handlers and the validation hook).
 */
export function honoPipeline(options: HonoProblemOptions): ProblemPipeline<Context> {
  return createProblemPipeline(options, logToConsole, [mapFrameworkError])
}

/** Hands the response back at once; the log line follows on a later tick. Internal. */
export function answer(pipeline: ProblemPipeline<Context>, sent: ServerProblem, c: Context): Response {
  void Promise.resolve().then(() => pipeline.log(sent, c))
  return toWebResponse(sent)
}

/**
 * Hono error handler for `app.onError`: answers anything a route or middleware throws
 * with an RFC 9457 problem through the statuskit server pipeline: your `map` functions,
 * Hono's `HTTPException` by its status (with the safe header fields of its `res`, such as
 * `WWW-Authenticate`), `toProblem` for the rest (a 500 that leaks no message or stack),
 * `customize`, `traceId`, negotiation on `Accept`, `HEAD` without a body, the current
 * phrase. Headers that middleware such as `hono/cors` adds after the route still apply.
 *
 * @param options - See {@link HonoProblemOptions}.
 * @returns The handler to pass to `app.onError`.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { conflict } from 'statuskit'
 * import { notFoundHandler, problemHandler } from 'statuskit/hono'
 *
 * const app = new Hono()
 * app.put('/orders/:id', () => {
 *   throw conflict('Order 7 is at version 8; you sent version 7.')
 * })
 * app.notFound(notFoundHandler())
 * app.onError(problemHandler())
 * ```
 */
export function problemHandler(options: HonoProblemOptions = {}): ErrorHandler {
  const pipeline = honoPipeline(options)
  return (error, c) => answer(pipeline, pipeline.fromError(error, readWebRequest(c.req.raw)), c)
}

/**
 * Hono middleware for `app.use()`, mounted first, for what Hono does not hand to
 * `app.onError`: a thrown value that is not an `Error` (a string, `null`, a hostile
 * Proxy), which Hono passes up to the runtime (a bare text 500 on Node). It answers those
 * with the same pipeline; `Error`s still go to {@link problemHandler}.
 *
 * @param options - See {@link HonoProblemOptions}.
 * @returns The middleware.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { notFoundHandler, problemHandler, problemMiddleware } from 'statuskit/hono'
 * const app = new Hono()
 * app.use(problemMiddleware())
 * app.notFound(notFoundHandler())
 * app.onError(problemHandler())
 * ```
 */
export function problemMiddleware(options: HonoProblemOptions = {}): MiddlewareHandler {
  const pipeline = honoPipeline(options)
  return async (c, next) => {
    try {
      await next()
    } catch (thrown) {
      c.res = answer(pipeline, pipeline.fromError(thrown, readWebRequest(c.req.raw)), c)
    }
  }
}

/**
 * Hono handler for `app.notFound`: a 404 problem for a request no route matched, through
 * the same pipeline (`customize`, `traceId`, negotiation, log).
 *
 * @param options - See {@link HonoProblemOptions}.
 * @returns The handler to pass to `app.notFound`.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { notFoundHandler } from 'statuskit/hono'
 * const app = new Hono()
 * app.notFound(notFoundHandler())
 * ```
 */
export function notFoundHandler(options: HonoProblemOptions = {}): NotFoundHandler {
  const pipeline = honoPipeline(options)
  return (c) => answer(pipeline, pipeline.fromProblem(notFound(), readWebRequest(c.req.raw)), c)
}
