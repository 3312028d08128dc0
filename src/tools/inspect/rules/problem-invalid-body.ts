import type { Rule } from '../rule.js'
import { readProblem } from './problem-shape.js'

/** A body labelled `application/problem+json` is a JSON object (RFC 9457 §3). */
export const problemInvalidBody: Rule = {
  id: 'problem.invalid-body',
  severity: 'warning',
  reference: 'RFC 9457 §3',
  hint: 'Send a JSON object, or change the Content-Type.',
  check: (x) => {
    const { parsed, declared } = readProblem(x)
    return (
      declared &&
      x.hasContent &&
      !x.cut &&
      !parsed.valid &&
      `${x.status} body labelled application/problem+json is not a JSON object.`
    )
  },
}
