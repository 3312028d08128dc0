import type { Rule } from '../rule.js'
import { readProblem } from './problem-shape.js'

/** The `status` member MUST equal the HTTP status (RFC 9457 §3.1.2). */
export const problemStatusMismatch: Rule = {
  id: 'problem.status-mismatch',
  severity: 'error',
  reference: 'RFC 9457 §3.1.2',
  hint: 'Send the same code in the status line and in the `status` member (build both from one value).',
  check: (x) => {
    const { parsed, declared, shaped } = readProblem(x)
    const mismatch = parsed.statusMismatch
    return (
      (declared || shaped) &&
      !!mismatch &&
      `Problem status member ${mismatch.member} differs from HTTP ${mismatch.http}.`
    )
  },
}
