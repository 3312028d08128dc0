import type { Rule } from '../rule.js'

/** A 4xx/5xx (except to HEAD) SHOULD explain the error (RFC 9110 §15.5, §15.6). */
export const bodyErrorWithoutExplanation: Rule = {
  id: 'body.error-without-explanation',
  severity: 'warning',
  reference: 'RFC 9110 §15.5, §15.6',
  hint: 'Explain the error in an application/problem+json body.',
  check: (x) => x.status >= 400 && x.method !== 'HEAD' && !x.hasContent && `${x.status} without a body explaining it.`,
}
