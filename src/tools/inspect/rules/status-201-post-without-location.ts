import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** A POST that creates a resource SHOULD answer 201 with its `Location` (RFC 9110 §9.3.3, §15.3.2). */
export const status201PostWithoutLocation: Rule = {
  id: 'status.201-post-without-location',
  severity: 'warning',
  reference: 'RFC 9110 §9.3.3, §15.3.2',
  hint: 'Add `Location` with the URI of the created resource.',
  // Only a 201: a 3xx without Location has rules of its own (and 300 need not send it).
  check: (x) => x.status === 201 && x.method === 'POST' && !!missingRequired(x, 'Location') && `${x.status} to POST without Location.`,
}
