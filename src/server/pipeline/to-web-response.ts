import type { ServerProblem } from './problem-pipeline.js'

/**
 * Turns what the pipeline prepared into a web `Response`: status, the current phrase,
 * headers, and the body (none for `HEAD`).
 *
 * @param sent - What `fromError` or `fromProblem` returned.
 * @returns The `Response` to hand back to the web-standard server.
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * import { createProblemPipeline, readWebRequest, toWebResponse } from 'statuskit/server'
 * const pipeline = createProblemPipeline<Request>()
 * const request = new Request('http://localhost/orders/7', { method: 'PUT' })
 * const response = toWebResponse(pipeline.fromProblem(conflict('Order 7 changed.'), readWebRequest(request)))
 * response.status // 409
 * ```
 */
export function toWebResponse(sent: ServerProblem): Response {
  return new Response(sent.body ?? null, { status: sent.status, statusText: sent.statusText, headers: sent.headers })
}
