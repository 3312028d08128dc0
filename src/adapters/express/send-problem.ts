import type { Request, Response } from 'express'
import type { HttpProblem } from 'statuskit'
import { createProblemPipeline, readNodeRequest, writeNodeResponse } from 'statuskit/server'

/** The default pipeline (trace ids on, no hooks, no logger): sendProblem takes no options. */
const pipeline = /* @__PURE__ */ createProblemPipeline<Request>({ log: false })

/**
 * Sends a problem as the response to an Express request, negotiated on its `Accept`
 * (`application/problem+json`, or a one-line `text/plain` body for clients that take
 * only text) with the problem's headers (`allow`, `retry-after`, ...), a `traceId` from the
 * request's `traceparent` or `x-request-id`, and the current IANA phrase on the status
 * line. A `HEAD` request gets the headers and no body. Headers already set on `res` (CORS,
 * ...) stay, except those of the representation the route meant to send
 * (`content-encoding`, ...: see `renderProblem`); `Vary` gains `Accept`. Works on Express 4
 * and 5 alike: it writes through Node's `res`. It does not log.
 *
 * Use it in a route that answers with a problem without throwing; to turn thrown errors
 * into problems, install {@link problemHandler}.
 *
 * @param req - The request being answered.
 * @param res - Its response; its headers must not have been sent yet.
 * @param problem - The problem to send.
 * @returns The status sent: the problem's, or 500 when its extensions could not be
 *   serialized (see `renderProblem`).
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { conflict } from 'statuskit'
 * import { sendProblem } from 'statuskit/express'
 *
 * const app = express()
 * app.put('/orders/:id', (req, res) => {
 *   sendProblem(req, res, conflict('Order 7 is at version 8; you sent version 7.'))
 * })
 * ```
 */
export function sendProblem(req: Request, res: Response, problem: HttpProblem): number {
  const sent = pipeline.fromProblem(problem, readNodeRequest(req, res, req.originalUrl), { vary: res.getHeader('vary') })
  writeNodeResponse(res, sent)
  return sent.status
}
