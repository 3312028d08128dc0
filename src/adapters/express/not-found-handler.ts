import type { RequestHandler } from 'express'
import { notFound } from 'statuskit'
import { logProblemSafely } from '../log-problem-safely.js'
import { logToRequest } from './log-problem.js'
import type { ProblemHandlerOptions } from './problem-handler.js'
import { sendProblem } from './send-problem.js'

/**
 * Express middleware that answers every request reaching it with a 404 problem
 * (`{"type":"about:blank","title":"Not Found","status":404}`), in place of Express's HTML
 * "Cannot GET /path" page. The path is not echoed back.
 *
 * Install it after every route and before {@link problemHandler}.
 *
 * @param options - See {@link ProblemHandlerOptions}; 404 is logged at `info`.
 * @returns A request handler.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { notFoundHandler, problemHandler } from 'statuskit/express'
 *
 * const app = express()
 * app.use(notFoundHandler())
 * app.use(problemHandler())
 * ```
 */
export function notFoundHandler(options: ProblemHandlerOptions = {}): RequestHandler {
  const { log = logToRequest } = options
  return (req, res) => {
    const problem = notFound()
    logProblemSafely(log, problem, req, sendProblem(req, res, problem))
  }
}
