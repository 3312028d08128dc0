import type { Request } from 'express'
import type { LogLevel } from 'statuskit'
import type { ProblemLogger as ServerProblemLogger } from 'statuskit/server'

/**
 * Receives each problem the Express handlers send, with the level that
 * `classifyMonitoring(status, 'server')` gives it: `info` for 4xx (the caller's mistake),
 * `error` for most 5xx. Its `cause` is the original error reduced to what is safe to log.
 *
 * @example
 * ```ts
 * import type { ProblemLogger } from 'statuskit/express'
 * const log: ProblemLogger = (level, problem, req) => {
 *   console[level](`${req.method} ${req.path} -> ${problem.status}`, problem.cause)
 * }
 * ```
 */
export type ProblemLogger = ServerProblemLogger<Request>

type PinoLike = Partial<Record<LogLevel, (object: object, message: string) => void>>

/**
 * The default logger: the request's pino-style `req.log` (pino-http) when present, with the
 * problem as `err`; otherwise `console.error` for `error`-level problems only, as Express
 * does. The pipeline hands it the problem with its `cause` made safe to log (name,
 * message, stack, code; no HTTP client config, headers or URL queries).
 */
export const logToRequest: ProblemLogger = (level, problem, req) => {
  const log = (req as Request & { log?: PinoLike }).log
  const write = log?.[level]
  if (typeof write === 'function') write.call(log, { err: problem }, problem.message)
  else if (level === 'error') console.error(problem)
}
