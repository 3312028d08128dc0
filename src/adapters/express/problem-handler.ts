import type { ErrorRequestHandler, Request } from 'express'
import { createProblemPipeline, readNodeRequest, writeNodeResponse, type ServerProblemOptions } from 'statuskit/server'
import { logToRequest } from './log-problem.js'

/**
 * Options of {@link problemHandler} and {@link notFoundHandler}: the options of every
 * statuskit server adapter (`map`, `customize`, `traceId`, `log`), with Express's `Request`
 * passed to `log`.
 */
export interface ProblemHandlerOptions extends ServerProblemOptions<Request> {
  /**
   * Called with the level from `classifyMonitoring(status, 'server')`, the problem and the
   * request for every problem sent; `false` logs nothing.
   * @default the request's pino-style `req.log` when present, else `console.error` for `error` level
   */
  readonly log?: ServerProblemOptions<Request>['log']
}

/**
 * Express error middleware (Express 4 and 5) that answers anything thrown or passed to
 * `next(err)` with a problem, through the statuskit server pipeline: your `map`
 * functions, then `toProblem` (`HttpProblem`s as they are, http-errors, Boom and
 * `express.json()` errors by their status, anything else a 500 whose message and stack
 * never leave the process), `customize`, the `traceId` extension, then the body negotiated
 * on `Accept` (see `renderProblem`) with the current IANA phrase on the status line.
 * When the response has already started (`res.headersSent`), the error goes on to
 * Express's default handler, which closes the connection.
 *
 * Install it after every route; add {@link notFoundHandler} before it for unknown routes.
 *
 * @param options - See {@link ProblemHandlerOptions}.
 * @returns A four-argument error-handling middleware.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { conflict } from 'statuskit'
 * import { notFoundHandler, problemHandler } from 'statuskit/express'
 *
 * const app = express()
 * app.use(express.json())
 * app.put('/orders/:id', () => {
 *   throw conflict('Order 7 is at version 8; you sent version 7.')
 * })
 * app.use(notFoundHandler())
 * app.use(problemHandler())
 * ```
 */
export function problemHandler(options: ProblemHandlerOptions = {}): ErrorRequestHandler {
  const pipeline = createProblemPipeline(options, logToRequest)
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error)
    const sent = pipeline.fromError(error, readNodeRequest(req, res, req.originalUrl), { vary: res.getHeader('vary') })
    writeNodeResponse(res, sent)
    pipeline.log(sent, req)
  }
}
