import type { Rule } from '../rule.js'
import { presentForbidden } from './required-header.js'

/**
 * A server MUST NOT send Content-Length or Transfer-Encoding in a 1xx or 204, nor in a 2xx
 * to CONNECT (RFC 9110 §8.6, RFC 9112 §6.1): the MUST NOT rows of the catalog.
 */
export const headerContentLengthForbidden: Rule = {
  id: 'header.content-length-on-1xx-204',
  severity: 'error',
  reference: 'RFC 9110 §8.6, RFC 9112 §6.1',
  hint: 'Remove Content-Length and Transfer-Encoding from 1xx and 204 responses and from a 2xx to CONNECT.',
  check: (x) => {
    const row = presentForbidden(x, ['Content-Length', 'Transfer-Encoding'])
    return row !== undefined && `${x.status}${row.condition === undefined ? '' : ` to ${x.method}`} with ${row.name}.`
  },
}
