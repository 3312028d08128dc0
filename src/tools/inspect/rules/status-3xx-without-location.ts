import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/**
 * Redirects 301, 302, 307 and 308 SHOULD name their target in `Location` (RFC 9110
 * §15.4.2, .3, .8, .9). 303, where it is a MUST, is `header.required-missing`.
 */
export const status3xxWithoutLocation: Rule = {
  id: 'status.3xx-without-location',
  severity: 'warning',
  reference: 'RFC 9110 §15.4.2, §15.4.3, §15.4.8, §15.4.9',
  hint: 'Add `Location` with the target.',
  check: (x) => {
    const row = x.info?.class === '3xx' ? missingRequired(x, 'Location') : undefined
    return !!row && !row.condition && row.level === 'SHOULD' && `${x.status} redirect without Location.`
  },
}
