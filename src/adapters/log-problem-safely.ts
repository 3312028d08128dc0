import { logLevel, type HttpProblem, type LogLevel } from 'statuskit'

/**
 * Hands `problem` to an adapter's `log` option at the server-side level of the status
 * actually sent (a problem that went out as a bare 500, its extensions unserializable, is
 * an `error`), if there is a logger. A logger that throws, or returns a promise that
 * rejects (a serializer reading a hostile `cause`, a broken transport), is ignored:
 * logging never stops the problem response nor crashes the process. Shared by the
 * Express and Fastify adapters. Internal.
 *
 * @param log - The adapter's logger, or `false`.
 * @param problem - The problem sent.
 * @param request - The framework's request, passed to the logger.
 * @param sent - The status that went out.
 */
export function logProblemSafely<TRequest>(
  log: ((level: LogLevel, problem: HttpProblem, request: TRequest) => void) | false,
  problem: HttpProblem,
  request: TRequest,
  sent: number,
): void {
  if (!log) return
  try {
    const result: unknown = log(logLevel(sent, 'server'), problem, request)
    if (result !== undefined) Promise.resolve(result).catch(() => {})
  } catch {
    // the response matters more than the log line
  }
}
