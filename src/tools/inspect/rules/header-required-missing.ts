import type { Rule } from '../rule.js'
import { missingOther } from './required-header.js'

/**
 * A header the status MUST carry, per the catalog, is absent: Content-Range on a
 * single-part 206, ETag on 226, Location on 303 (the rows without a rule of their own).
 */
export const headerRequiredMissing: Rule = {
  id: 'header.required-missing',
  severity: 'error',
  reference: 'RFC 9110 §15 (see the message)',
  hint: 'Send the header the status requires.',
  check: (x) => missingOther(x, 'MUST'),
}

/** A header the status SHOULD carry is absent: Content-Range on a 416 to a Range request, Link on 451. */
export const headerRecommendedMissing: Rule = {
  id: 'header.recommended-missing',
  severity: 'warning',
  reference: 'RFC 9110 §15 (see the message)',
  hint: 'Send the header the status should carry.',
  check: (x) => missingOther(x, 'SHOULD'),
}
