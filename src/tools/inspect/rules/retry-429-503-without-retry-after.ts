import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** 429 and 503 may say when to come back; without Retry-After clients guess (RFC 6585 §4, RFC 9110 §15.6.4). */
export const retry429503WithoutRetryAfter: Rule = {
  id: 'retry.429-503-without-retry-after',
  severity: 'info',
  reference: 'RFC 6585 §4; RFC 9110 §15.6.4, §10.2.3',
  hint: 'Add `Retry-After: <seconds>` so clients back off for the right time.',
  check: (x) => {
    const row = missingRequired(x, 'Retry-After')
    return !!row && !row.condition && `${x.status} without Retry-After.`
  },
}
