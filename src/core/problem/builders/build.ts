import type { ErrorStatus } from '../../catalog/status.js'
import type { LeftOut } from '../../http/header-field.js'
import { headerPairs } from '../../http/header-pairs.js'
import { HttpProblem } from '../http-problem.js'
import type { ProblemOptions } from '../problem-options.js'

/**
 * Shared body of every builder: `(detail?, options?)` or `(options)` (`null` counts as
 * none), merged with the headers the status calls for, which the caller's `headers`
 * override. Internal. The title is passed in as a literal so a single builder never pulls
 * in the phrase table.
 *
 * Never throws for a status from 400 to 599: what `HttpProblem` cannot take is left out
 * with a warning, and so is a header given as a {@link LeftOut}. (What the caller's own
 * throwing getters or Proxy traps throw, while the options are read, is theirs.)
 *
 * @throws RangeError when `status` is not an integer from 400 to 599 (only `problem()`
 *   can pass one).
 */
export function build<TStatus extends ErrorStatus>(
  status: TStatus,
  title: string,
  detailOrOptions: string | ProblemOptions | undefined,
  maybeOptions: ProblemOptions | undefined,
  headers?: Record<string, string | LeftOut>,
): HttpProblem<TStatus> {
  const options = typeof detailOrOptions === 'object' && detailOrOptions ? detailOrOptions : maybeOptions
  return new HttpProblem<TStatus>({
    ...options,
    status,
    title: typeof options?.title === 'string' ? options.title : title,
    detail: typeof detailOrOptions === 'object' ? undefined : detailOrOptions,
    // Only a problem with extra headers gets its own header list; the caller's win.
    headers: headers ? [...headerPairs(headers)!, ...(headerPairs(options?.headers) || [])] : options?.headers,
  } as never)
}
