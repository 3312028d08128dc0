import type { HttpProblem, LogLevel } from 'statuskit'
import type { RequestInfo } from './request-info.js'

/**
 * Maps one of your own errors to a problem: return an `HttpProblem` for the errors it
 * knows, `undefined` for the others (the next mapper, then the built-in `toProblem`, takes
 * them). It must be synchronous; a mapper that throws or returns anything else is skipped
 * and reported to the logger at `error`.
 *
 * @example
 * ```ts
 * import { defineProblem } from 'statuskit'
 * import type { ProblemMapper } from 'statuskit/server'
 *
 * class OutOfStock extends Error {}
 * const outOfStock = defineProblem({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
 * const map: ProblemMapper = (error) => (error instanceof OutOfStock ? outOfStock(error.message) : undefined)
 * ```
 */
export type ProblemMapper = (error: unknown) => HttpProblem | undefined

/**
 * What {@link ProblemCustomizer} is given beside the problem.
 *
 * @example
 * ```ts
 * import type { ProblemContext } from 'statuskit/server'
 * const path = (context: ProblemContext) => new URL(context.request.url, 'http://localhost').pathname
 * ```
 */
export interface ProblemContext {
  /** The request being answered. */
  readonly request: RequestInfo
}

/**
 * Runs for every problem an adapter sends (thrown, mapped, its 404s): returns a
 * replacement problem, or nothing to send the problem as it is. A customizer that throws
 * or returns anything else is reported to the logger at `error`, and the problem goes
 * out uncustomized.
 *
 * @example
 * ```ts
 * import { problem } from 'statuskit'
 * import type { ProblemCustomizer } from 'statuskit/server'
 * const customize: ProblemCustomizer = (p, { request }) =>
 *   p.instance === undefined && p.status < 500
 *     ? problem(p.status, p.detail, { type: p.type, title: p.title, headers: p.headers, extensions: p.extensions, instance: request.url })
 *     : undefined
 * ```
 */
export type ProblemCustomizer = (problem: HttpProblem, context: ProblemContext) => HttpProblem | undefined | void

/**
 * Reads the trace id of a request for the `traceId` option; return `undefined` for none.
 * Its answer is used only if it passes the same check as the default's (at most 128
 * characters from `A-Z a-z 0-9 . _ ~ : + / = @ -`).
 *
 * @example
 * ```ts
 * import type { TraceIdReader } from 'statuskit/server'
 * const traceId: TraceIdReader = (request) => request.header('x-amzn-trace-id')
 * ```
 */
export type TraceIdReader = (request: RequestInfo) => string | undefined

/**
 * Receives each problem an adapter sends, after it went out, with the level that
 * `classifyMonitoring(status, 'server')` gives the status actually sent (`info` for most
 * 4xx, `error` for most 5xx). Its `cause` is the original error reduced to what is safe to
 * log (name, message, stack, code; URLs without query or credentials). A logger that
 * throws or rejects is ignored. `TRequest` is the framework's own request.
 *
 * @typeParam TRequest - The request type the adapter passes (Express `Request`, ...).
 * @example
 * ```ts
 * import type { ProblemLogger, RequestInfo } from 'statuskit/server'
 * const log: ProblemLogger<RequestInfo> = (level, problem, request) => {
 *   console[level](`${request.method} ${request.url} -> ${problem.status}`)
 * }
 * ```
 */
export type ProblemLogger<TRequest = RequestInfo> = (level: LogLevel, problem: HttpProblem, request: TRequest) => void

/**
 * The options every server adapter takes (`statuskit/express`, `statuskit/fastify`, and
 * the adapters written on `statuskit/server`). The pipeline runs
 * `error → map → toProblem → customize → traceId → render → log`.
 *
 * @typeParam TRequest - The request type the adapter passes to `log`.
 * @example
 * ```ts
 * import { defineProblem } from 'statuskit'
 * import type { ServerProblemOptions } from 'statuskit/server'
 *
 * class OutOfStock extends Error {}
 * const outOfStock = defineProblem({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })
 * const options: ServerProblemOptions = {
 *   map: (error) => (error instanceof OutOfStock ? outOfStock(error.message) : undefined),
 *   traceId: true,
 * }
 * ```
 */
export interface ServerProblemOptions<TRequest = RequestInfo> {
  /**
   * Your mappers, tried in order on anything thrown; the first that returns a problem
   * wins, then the built-in `toProblem`. Not applied to problems the app sends itself
   * (`sendProblem`, `reply.problem()`) nor to the 404 of an unknown route.
   * @default none
   */
  readonly map?: ProblemMapper | readonly ProblemMapper[] | undefined
  /**
   * Runs for every problem sent, mapped ones and 404s included; see {@link ProblemCustomizer}.
   * @default none
   */
  readonly customize?: ProblemCustomizer | undefined
  /**
   * Adds a `traceId` extension (unless the problem has one): by default the trace id of a
   * valid W3C `traceparent`, else the `x-request-id` field, each used only if it is at
   * most 128 characters from `A-Z a-z 0-9 . _ ~ : + / = @ -` and never reflected
   * otherwise; a function reads it your way; `false` turns it off.
   * @default true
   */
  readonly traceId?: boolean | TraceIdReader | undefined
  /**
   * Called for every problem sent; `false` logs nothing. See {@link ProblemLogger}.
   * @default the adapter's logger (pino-style `req.log` and such)
   */
  readonly log?: ProblemLogger<TRequest> | false | undefined
}
