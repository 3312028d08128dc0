import type { Rule } from '../rule.js'
import { readProblem } from './problem-shape.js'

/**
 * A 409 answering an If-Match whose entity tag the response shows is not current: the
 * precondition failed, so the answer is 412 (RFC 9110 §13.2.2, §13.1.1).
 */
export const status409PreconditionFailed: Rule = {
  id: 'status.409-precondition-failed',
  severity: 'warning',
  reference: 'RFC 9110 §13.1.1, §13.2.2',
  hint: 'Answer a failed If-Match with 412.',
  check: (x) => {
    const ifMatch = x.request['if-match']
    const etag = x.headers.etag
    return (
      x.status === 409 &&
      !!ifMatch &&
      !!etag &&
      ifMatch.trim() !== '*' &&
      !ifMatch.split(',').some((tag) => tag.trim() === etag.trim()) &&
      `409 to a failed If-Match (ETag ${etag.slice(0, 40)}).`
    )
  },
}

/**
 * A 409 problem of type about:blank with no detail tells the client neither the kind of
 * conflict (version, duplicate, state) nor how to resolve it (RFC 9110 §15.5.10 SHOULD).
 */
export const status409Unexplained: Rule = {
  id: 'status.409-unexplained',
  severity: 'info',
  reference: 'RFC 9110 §15.5.10; RFC 9457 §3.1.1',
  hint: 'Name the kind of conflict in `type`; explain it in `detail`.',
  check: (x) => {
    if (x.status !== 409 || !x.hasContent) return false
    const { parsed, declared, shaped } = readProblem(x)
    return (declared || shaped) && parsed.type === 'about:blank' && !parsed.detail && '409 about:blank without detail.'
  },
}
