import type { ProblemLogger } from 'statuskit/server'

/**
 * The default logger of the web adapter: `console.error` for `error`-level problems (most
 * 5xx), as the platforms' own handlers do; nothing for the client's mistakes. Internal.
 */
export const logToConsole: ProblemLogger<Request> = (level, problem) => {
  if (level === 'error') console.error(problem)
}
