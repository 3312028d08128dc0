import type { ErrorRequestHandler } from 'express'
import { toProblem } from 'statuskit'
import { logProblemSafely } from '../log-problem-safely.js'
import { logToRequest, type ProblemLogger } from './log-problem.js'
import { sendProblem } from './send-problem.js'

/**
 * Options of {@link problemHandler} and {@link notFoundHandler}.
 */
export interface ProblemHandlerOptions {
  /**
   * Called with the level from `classifyMonitoring(status, 'server')`, the problem and the
   * request for every problem sent; `false` logs nothing.
   * @default the request's pino-style `req.log` when present, else `console.error` for `error` level
   */
  log?: ProblemLogger | false | undefined
}

/**
 * Express error middleware (Express 4 and 5) that answers anything thrown or passed to
 * `next(err)` with a problem: `HttpProblem`s as they are, http-errors, Boom and
 * `express.json()` errors (malformed JSON 400, body too large 413) by their status,
 * anything else as a 500 whose message and stack never leave the process (`toProblem`).
 * The body is negotiated as {@link sendProblem} does. When the response has already
 * started (`res.headersSent`), the error goes on to Express's default handler, which
 * closes the connection.
 *
 * Install it after every route; add {@link notFoundHandler} before it for unknown routes.
 *
 * @param options - See {@link ProblemHandlerOptions}.
 * @returns A four-argument error-handling middleware.
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
  const { log = logToRequest } = options
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error)
    const problem = toProblem(error)
    logProblemSafely(log, problem, req, sendProblem(req, res, problem))
  }
}
