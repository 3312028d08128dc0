import { isErrorStatus } from '../catalog/status-range.js'
import { statusText } from '../catalog/status-text.js'
import type { ErrorStatus } from '../catalog/status.js'
import { build } from './builders/build.js'
import type { HttpProblem } from './http-problem.js'
import type { ProblemOptions } from './problem-options.js'

/**
 * Builds a problem for any status from 400 to 599, with the status phrase as title
 * (RFC 9457 §4.2.1: with `type: 'about:blank'` the title is the phrase). Prefer the named
 * builders (`conflict()`, `notFound()`, ...) when the status is fixed: they also set the
 * headers their status requires, and bundle smaller.
 *
 * @param status - An integer from 400 to 599 (registered or not: 499 gets "Client Error").
 * @param detail - Explanation of this occurrence. No secrets; not sent for 5xx unless `expose`.
 * @param options - `type`, `title`, `instance`, extension members, headers, `expose`, `cause`.
 * @returns An {@link HttpProblem} with that status.
 * @throws RangeError when `status` is not an integer from 400 to 599.
 *
 * @example
 * ```ts
 * import { problem } from 'statuskit'
 * throw problem(409, 'Order 7 is at version 8; you sent version 7.')
 * ```
 */
export function problem<TStatus extends ErrorStatus>(
  status: TStatus,
  detail?: string,
  options?: ProblemOptions,
): HttpProblem<TStatus> {
  // An out-of-range status gets no title here; the HttpProblem constructor then throws the RangeError.
  const title = isErrorStatus(status) ? statusText(status) : ''
  return build(status, title, detail, options)
}
