import type { Rule } from '../rule.js'
import { readProblem } from './problem-shape.js'

/** The `status` member MUST equal the HTTP status (RFC 9457 §3.1.2). */
export const problemStatusMismatch: Rule = {
  id: 'problem.status-mismatch',
  severity: 'error',
  reference: 'RFC 9457 §3.1.2',
  hint: 'Send the HTTP status as the `status` number.',
  check: (x) => {
    const { parsed, declared, shaped } = readProblem(x)
    const mismatch = parsed.statusMismatch
    const member = (x.json as { status?: unknown } | undefined)?.status
    // A string "500" is ignored by consumers (RFC 9457 §3.1), yet the generator broke the MUST.
    return (
      (declared || shaped) &&
      (mismatch
        ? `Problem status member ${mismatch.member} differs from HTTP ${mismatch.http}.`
        : member !== undefined && typeof member !== 'number' && `Problem status member is not a number.`)
    )
  },
}
