import type { ErrorStatus } from '../../catalog/status.js'
import { HttpProblem } from '../http-problem.js'
import type { ProblemOptions } from '../problem-options.js'

/**
 * Shared body of every builder: `(detail?, options?)` or `(options)`, merged with the
 * headers the status calls for. Internal. The title is passed in as a literal so a
 * single builder never pulls in the phrase table.
 */
export function build<TStatus extends ErrorStatus>(
  status: TStatus,
  title: string,
  detailOrOptions: string | ProblemOptions | undefined,
  maybeOptions: ProblemOptions | undefined,
  headers?: Record<string, string>,
): HttpProblem<TStatus> {
  const options = typeof detailOrOptions == 'object' ? detailOrOptions : maybeOptions
  return new HttpProblem<TStatus>({
    ...options,
    status,
    title: options?.title ?? title,
    detail: options === detailOrOptions ? undefined : (detailOrOptions as string | undefined),
    // Only a problem with extra headers gets its own header object.
    headers: headers ? { ...headers, ...options?.headers } : options?.headers,
  })
}
