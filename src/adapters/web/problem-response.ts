import type { HttpProblem } from 'statuskit'
import type { WebProblemOptions } from './web-problem-options.js'
import { readWebRequest, toWebResponse, type ProblemPipeline } from 'statuskit/server'
import { webPipeline } from './with-problems.js'

const NO_OPTIONS: WebProblemOptions = {}

/** One pipeline per options object: a module-level `options` constant costs its checks once. */
const pipelines = /* @__PURE__ */ new WeakMap<WebProblemOptions, ProblemPipeline<Request>>()

/**
 * Answers a request with a problem, for code that returns rather than throws: the same
 * pipeline as {@link withProblems} (`customize`, `traceId`, negotiation on `Accept`,
 * `HEAD` without a body, `Vary: Accept`, the current phrase), then the log. `map` does not
 * apply: it is for thrown errors.
 *
 * @param problem - The problem to send.
 * @param request - The request being answered.
 * @param options - See {@link WebProblemOptions}.
 * @returns The `Response`.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * import { problemResponse } from 'statuskit/web'
 *
 * export async function PUT(request: Request): Promise<Response> {
 *   const { version } = (await request.json()) as { version: number }
 *   if (version !== 8) return problemResponse(conflict('Order 7 is at version 8.'), request)
 *   return Response.json({ id: 7, version: 9 })
 * }
 * ```
 */
export function problemResponse(problem: HttpProblem, request: Request, options: WebProblemOptions = NO_OPTIONS): Response {
  let pipeline = pipelines.get(options)
  if (pipeline === undefined) pipelines.set(options, (pipeline = webPipeline(options)))
  const sent = pipeline.fromProblem(problem, readWebRequest(request))
  const response = toWebResponse(sent)
  void Promise.resolve().then(() => pipeline.log(sent, request))
  return response
}
