import type { Rule } from '../rule.js'

/**
 * A 201 to GET or HEAD: safe methods are read-only (RFC 9110 §9.2.1), so a crawler, a
 * prefetch or a retry creating resources is a hazard; 201 is the answer to POST or PUT.
 */
export const status201SafeMethod: Rule = {
  id: 'status.201-safe-method',
  severity: 'warning',
  reference: 'RFC 9110 §9.2.1, §15.3.2',
  hint: 'Create resources with POST or PUT; answer a read with 200.',
  check: (x) => x.status === 201 && (x.method === 'GET' || x.method === 'HEAD') && `201 to ${x.method}: a read created something.`,
}
