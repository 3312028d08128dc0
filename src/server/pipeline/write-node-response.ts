import type { ServerProblem } from './problem-pipeline.js'

/**
 * The part of Node's `ServerResponse` {@link writeNodeResponse} writes through.
 *
 * @example
 * ```ts
 * import type { ServerResponseLike } from 'statuskit/server'
 * declare const res: import('node:http').ServerResponse
 * const target: ServerResponseLike = res
 * ```
 */
export interface ServerResponseLike {
  /** The status code to send. */
  statusCode: number
  /** The reason phrase of the status line. */
  statusMessage: string
  /** Node's `setHeader(name, value)`. */
  setHeader(name: string, value: string): unknown
  /** Node's `removeHeader(name)`. */
  removeHeader(name: string): unknown
  /** Node's `end(body?)`. */
  end(body?: string): unknown
}

/**
 * Writes a problem the pipeline prepared to a Node `ServerResponse` whose headers have
 * not been sent: status and reason phrase (the current IANA one), removes the headers of
 * the representation it replaces, sets the problem's headers (`Vary` already merged by
 * the pipeline) and ends with the body (none for `HEAD`). Shared by every adapter on
 * Node's `res` (Express, Koa, Nest on Express).
 *
 * @param res - The response.
 * @param sent - What the pipeline returned.
 *
 * @example
 * ```ts
 * import { notFound } from 'statuskit'
 * import { createProblemPipeline, readNodeRequest, writeNodeResponse } from 'statuskit/server'
 * import { createServer } from 'node:http'
 *
 * const pipeline = createProblemPipeline()
 * createServer((req, res) => {
 *   writeNodeResponse(res, pipeline.fromProblem(notFound(), readNodeRequest(req, res), { vary: res.getHeader('vary') }))
 * })
 * ```
 */
export function writeNodeResponse(res: ServerResponseLike, sent: ServerProblem): void {
  res.statusCode = sent.status
  res.statusMessage = sent.statusText
  for (const name of sent.remove) res.removeHeader(name)
  const { headers } = sent
  for (const name in headers) res.setHeader(name, headers[name] as string)
  res.end(sent.body)
}
