import {
  createProblemPipeline,
  isControlFlow,
  mapFrameworkError,
  readWebRequest,
  toWebResponse,
  type ProblemPipeline,
  type ServerProblem,
} from 'statuskit/server'
import { logToConsole } from './default-log.js'
import type { WebProblemOptions } from './web-problem-options.js'

/**
 * A handler of a web-standard server: a Next.js route handler, `Bun.serve`'s and
 * `Deno.serve`'s `fetch`, a Cloudflare Worker's `fetch`, a SvelteKit or Astro endpoint.
 * Extra arguments (Workers' `env` and `ctx`, Next's route context) are passed through.
 *
 * @example
 * ```ts
 * import type { WebHandler } from 'statuskit/web'
 * const handler: WebHandler<[]> = (request) => new Response(request.method)
 * ```
 */
export type WebHandler<TRest extends unknown[]> = (request: Request, ...rest: TRest) => Response | Promise<Response>

/** Makes the pipeline of one adapter instance: the user's mappers, then the web frameworks' errors. */
export function webPipeline(options: WebProblemOptions): ProblemPipeline<Request> {
  return createProblemPipeline(options, logToConsole, [mapFrameworkError])
}

/** A Workers-style `ctx.waitUntil` among the extra arguments, if any. */
function waitUntilOf(rest: readonly unknown[]): ((promise: Promise<unknown>) => void) | undefined {
  for (const argument of rest) {
    let waitUntil: unknown
    try {
      waitUntil = (argument as { waitUntil?: unknown } | null)?.waitUntil
    } catch {
      continue // a hostile getter: not a platform context
    }
    if (typeof waitUntil === 'function') return (promise) => void waitUntil.call(argument, promise)
  }
  return undefined
}

/** `thrown instanceof Response`, `false` when asking throws (a Proxy whose `getPrototypeOf` trap throws). */
function isResponse(thrown: unknown): thrown is Response {
  try {
    return thrown instanceof Response
  } catch {
    return false
  }
}

/** Logs after the response is handed back, never delaying it (in `waitUntil` where the platform gives one). */
function logLater(pipeline: ProblemPipeline<Request>, sent: ServerProblem, request: Request, rest: readonly unknown[]): void {
  const logged = Promise.resolve().then(() => pipeline.log(sent, request))
  try {
    waitUntilOf(rest)?.(logged)
  } catch {
    // a platform that refuses the promise: the log still runs
  }
}

/**
 * Wraps a web-standard handler so that anything it throws becomes an RFC 9457 problem,
 * through the statuskit server pipeline (your `map` functions, the web frameworks' HTTP
 * errors, `toProblem`, `customize`, `traceId`, negotiation on the request's `Accept`,
 * `HEAD` without a body, `Vary: Accept`, the current IANA phrase), then logged without
 * delaying the response (`ctx.waitUntil` where the platform passes one).
 *
 * Let through untouched: a returned `Response`; a thrown `Response` (React Router / Remix
 * resource routes), returned as the answer; Next.js's `redirect()`, `notFound()`,
 * `forbidden()` and `unauthorized()` and SvelteKit's `redirect()`, rethrown for the
 * framework. SvelteKit's `error()` and Hono's `HTTPException` are answered by their
 * status. An `AbortError` thrown after the client went away (`request.signal`
 * aborted) is a 499, logged at its level; any other abort is the server's own (500).
 *
 * @param handler - The handler to wrap.
 * @param options - See {@link WebProblemOptions}.
 * @returns A handler with the same parameters that always resolves to a `Response` (or rethrows control flow).
 * @throws TypeError when an option has the wrong type (at wrap time).
 *
 * @example
 * ```ts
 * // app/orders/[id]/route.ts (Next.js), or the `fetch` of Bun.serve / Deno.serve / a Worker
 * import { conflict } from 'statuskit'
 * import { withProblems } from 'statuskit/web'
 *
 * export const PUT = withProblems(async (request: Request) => {
 *   const { version } = (await request.json()) as { version: number }
 *   if (version !== 8) throw conflict(`Order 7 is at version 8; you sent version ${version}.`)
 *   return Response.json({ id: 7, version: 9 })
 * })
 * ```
 */
export function withProblems<TRest extends unknown[]>(
  handler: WebHandler<TRest>,
  options: WebProblemOptions = {},
): (request: Request, ...rest: TRest) => Promise<Response> {
  if (typeof handler !== 'function') throw new TypeError('Invalid `handler`: expected a function.')
  const pipeline = webPipeline(options)
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest)
    } catch (thrown) {
      if (isResponse(thrown)) return thrown
      if (isControlFlow(thrown)) throw thrown
      const sent = pipeline.fromError(thrown, readWebRequest(request))
      const response = toWebResponse(sent)
      logLater(pipeline, sent, request, rest)
      return response
    }
  }
}
