import type { RequestHandler } from 'express'
import { notFound } from 'statuskit'
import { createProblemPipeline, readNodeRequest, writeNodeResponse } from 'statuskit/server'
import { logToRequest } from './log-problem.js'
import type { ProblemHandlerOptions } from './problem-handler.js'

/**
 * Express middleware that answers every request reaching it with a 404 problem
 * (`{"type":"about:blank","title":"Not Found","status":404}`), in place of Express's HTML
 * "Cannot GET /path" page. The path is not echoed back. It goes through the same pipeline
 * as {@link problemHandler}: `customize` and `traceId` apply (`map` is for thrown errors).
 *
 * Install it after every route and before {@link problemHandler}.
 *
 * @param options - See {@link ProblemHandlerOptions}; 404 is logged at `info`.
 * @returns A request handler.
 * @throws TypeError when an option has the wrong type.
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
  const pipeline = createProblemPipeline(options, logToRequest)
  return (req, res) => {
    const sent = pipeline.fromProblem(notFound(), readNodeRequest(req, res, req.originalUrl), { vary: res.getHeader('vary') })
    writeNodeResponse(res, sent)
    pipeline.log(sent, req)
  }
}
