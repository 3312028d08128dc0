import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** Redirects (301, 302, 303, 307, 308) name their target in `Location` (RFC 9110 §15.4, §10.2.2). */
export const status3xxWithoutLocation: Rule = {
  id: 'status.3xx-without-location',
  severity: 'warning',
  reference: 'RFC 9110 §15.4, §10.2.2',
  hint: 'Add `Location` with the redirect target, or use a non-redirect status.',
  check: (x) => {
    const row = x.info?.class === '3xx' ? missingRequired(x, 'Location') : undefined
    return !!row && !row.condition && `${x.status} redirect without Location.`
  },
}
