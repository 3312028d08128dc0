import type { Rule } from '../rule.js'

/** A status outside 100–599 is invalid; clients treat it as a 5xx (RFC 9110 §15). */
export const statusOutOfRange: Rule = {
  id: 'status.out-of-range',
  severity: 'error',
  reference: 'RFC 9110 §15',
  hint: 'Send an integer status from 100 to 599.',
  check: (x) => !x.info && `Status ${String(x.status)} is not an integer from 100 to 599.`,
}
