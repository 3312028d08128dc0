import type { ServerProblemOptions } from 'statuskit/server'

/**
 * Options of {@link withProblems} and {@link problemResponse}: the options of every
 * statuskit server adapter (`map`, `customize`, `traceId`, `log`), with the web `Request`
 * passed to `log`.
 *
 * @example
 * ```ts
 * import type { WebProblemOptions } from 'statuskit/web'
 * const options: WebProblemOptions = { traceId: false, log: (level, problem, request) => console[level](request.url, problem.status) }
 * ```
 */
export type WebProblemOptions = ServerProblemOptions<Request>
