import { HttpProblem, PROBLEM_JSON, type ProblemExtensions } from 'statuskit'

/** The headers every problem has unless it says otherwise (no need to check them again). */
function isDefaultHeaders(headers: Readonly<Record<string, string>>): boolean {
  const names = Object.keys(headers)
  return names.length === 2 && headers['content-type'] === PROBLEM_JSON && headers['cache-control'] === 'no-store'
}

/**
 * A copy of `problem` with `extensions` added to its extension members (a member already
 * there takes the new value). Everything else is kept: status, type, title, detail,
 * instance, headers, `expose`, `cause`, the stack of the original (read only when
 * something reads it) and its `warnings`. The way a `customize` hook enriches a problem.
 *
 * @param problem - The problem to copy; it is not changed (problems are immutable).
 * @param extensions - Members to add; standard member names are refused as by `new HttpProblem()`.
 * @returns The new problem.
 * @throws TypeError when an extension reuses a standard member name or `__proto__`.
 *
 * @example
 * ```ts
 * import { conflict } from 'statuskit'
 * import { withExtensions } from 'statuskit/server'
 * withExtensions(conflict('Order 7 changed.'), { tenant: 'acme' }).toJSON()
 * // { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.', tenant: 'acme' }
 * ```
 */
export function withExtensions(problem: HttpProblem, extensions: ProblemExtensions): HttpProblem {
  const { headers } = problem
  const copy = new HttpProblem({
    status: problem.status,
    type: problem.type,
    title: problem.title,
    detail: problem.detail,
    instance: problem.instance,
    extensions: { ...problem.extensions, ...extensions },
    headers: isDefaultHeaders(headers) ? undefined : headers,
    expose: problem.expose,
    cause: problem.cause,
    stack: false,
  })
  // The original's stack, formatted only if a logger reads it (formatting costs ~10 µs).
  Object.defineProperty(copy, 'stack', {
    get: () => problem.stack,
    set(value: unknown) {
      Object.defineProperty(copy, 'stack', { value, writable: true, configurable: true })
    },
    configurable: true,
  })
  const warnings = (problem as { readonly warnings?: unknown }).warnings
  if (Array.isArray(warnings)) Object.defineProperty(copy, 'warnings', { value: warnings })
  return copy
}
