import type { Rule } from '../rule.js'

/** A server MUST NOT send Content-Length in a 1xx or 204 (RFC 9110 §8.6). */
export const headerContentLengthForbidden: Rule = {
  id: 'header.content-length-on-1xx-204',
  severity: 'error',
  reference: 'RFC 9110 §8.6',
  hint: 'Remove Content-Length from 1xx and 204 responses.',
  check: (x) =>
    (x.status === 204 || x.info?.final === false) &&
    'content-length' in x.headers &&
    `${x.status} with Content-Length.`,
}
