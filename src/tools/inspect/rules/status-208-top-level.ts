import type { Rule } from '../rule.js'

/**
 * 208 Already Reported as the status of a whole response: it is only meaningful inside a
 * DAV:propstat of a 207 multistatus body (RFC 5842 §7.1).
 */
export const status208TopLevel: Rule = {
  id: 'status.208-top-level',
  severity: 'warning',
  reference: 'RFC 5842 §7.1',
  hint: 'Answer 207 Multi-Status and report 208 inside its propstat elements.',
  check: (x) => x.status === 208 && '208 as the status of the response (only valid inside a 207 body).',
}
