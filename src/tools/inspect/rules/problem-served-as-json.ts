import type { Rule } from '../rule.js'
import { readProblem } from './problem-shape.js'

/** A problem document is labelled `application/problem+json` (RFC 9457 §3, §6.1). */
export const problemServedAsJson: Rule = {
  id: 'problem.served-as-json',
  severity: 'warning',
  reference: 'RFC 9457 §3, §6.1',
  hint: 'Send `Content-Type: application/problem+json`.',
  check: (x) =>
    x.status >= 400 &&
    x.mediaType === 'application/json' &&
    readProblem(x).shaped &&
    `${x.status} problem document served as application/json.`,
}
