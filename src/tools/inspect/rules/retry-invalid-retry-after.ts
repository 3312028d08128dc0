import { parseRetryAfter } from 'statuskit'
import type { Rule } from '../rule.js'

/** Retry-After is delay-seconds or an HTTP-date, nothing else (RFC 9110 §10.2.3). */
export const retryInvalidRetryAfter: Rule = {
  id: 'retry.invalid-retry-after',
  severity: 'warning',
  reference: 'RFC 9110 §10.2.3',
  hint: 'Send seconds (`120`) or an IMF-fixdate.',
  check: (x) => {
    const value = x.headers['retry-after']
    return (
      value !== undefined &&
      parseRetryAfter(value, 0) === undefined &&
      `Retry-After "${value.slice(0, 60)}" is not valid.`
    )
  },
}
