import type { Context, Middleware } from 'koa'
import { notFound, type HttpProblem } from 'statuskit'
import { createProblemPipeline, readNodeRequest, writeNodeResponse, type ServerProblemOptions } from 'statuskit/server'

/**
 * Options of {@link problemMiddleware}: the options of every statuskit server adapter
 * (`map`, `customize`, `traceId`, `log`), with Koa's `Context` passed to `log`.
 *
 * @example
 * ```ts
 * import type { KoaProblemOptions } from 'statuskit/koa'
 * const options: KoaProblemOptions = { log: (level, problem, ctx) => console[level](ctx.path, problem.status) }
 * ```
 */
export type KoaProblemOptions = ServerProblemOptions<Context>

/** Koa's default: errors go to `app.on('error')`, whose default prints 5xx; nothing else. */
function logNothing(): void {}

/** Hands the error to `app.on('error')` as Koa would, for real `Error`s only (Koa's own listener throws on anything else). */
function emitError(thrown: unknown, ctx: Context): void {
  try {
    if (thrown instanceof Error) ctx.app.emit('error', thrown, ctx)
  } catch {
    // a listener that throws must not undo the response
  }
}

/**
 * Koa middleware, mounted first, that answers what downstream throws (`ctx.throw()`,
 * http-errors, Boom, problems, anything) with an RFC 9457 problem through the statuskit
 * server pipeline (`map`, `toProblem`, `customize`, `traceId`, negotiation on `Accept`,
 * `HEAD` without a body, the current phrase), and a request no middleware answered with a
 * 404 problem. Unlike Koa's default error handler it keeps the headers set before the error
 * that do not describe the failed representation (CORS, `Vary`), and it still emits the
 * error on `app.on('error')`. When the response has already started, the error goes to
 * Koa's own handler.
 *
 * @param options - See {@link KoaProblemOptions}.
 * @returns The middleware.
 * @throws TypeError when an option has the wrong type.
 *
 * @example
 * ```ts
 * import Koa from 'koa'
 * import { conflict } from 'statuskit'
 * import { problemMiddleware } from 'statuskit/koa'
 *
 * const app = new Koa()
 * app.use(problemMiddleware())
 * app.use((ctx) => {
 *   if (ctx.method === 'PUT') throw conflict('Order 7 is at version 8; you sent version 7.')
 *   ctx.body = { id: 7, version: 8 }
 * })
 * ```
 */
export function problemMiddleware(options: KoaProblemOptions = {}): Middleware {
  const pipeline = createProblemPipeline(options, logNothing)
  const answer = (ctx: Context, problem: HttpProblem | undefined, thrown: unknown): void => {
    const request = readNodeRequest(ctx.req, ctx.res, ctx.originalUrl)
    const state = { vary: ctx.res.getHeader('vary') }
    const sent = problem ? pipeline.fromProblem(problem, request, state) : pipeline.fromError(thrown, request, state)
    ctx.respond = false
    writeNodeResponse(ctx.res, sent)
    pipeline.log(sent, ctx)
  }
  return async (ctx, next) => {
    try {
      await next()
    } catch (thrown) {
      if (ctx.headerSent || !ctx.writable) throw thrown
      answer(ctx, undefined, thrown)
      emitError(thrown, ctx)
      return
    }
    if (ctx.status === 404 && ctx.body == null && !ctx.headerSent && ctx.respond !== false) answer(ctx, notFound(), undefined)
  }
}
