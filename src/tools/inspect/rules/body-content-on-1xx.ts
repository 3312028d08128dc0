import type { Rule } from '../rule.js'

/** An interim (1xx) response cannot contain content (RFC 9110 §15.2). */
export const bodyContentOn1xx: Rule = {
  id: 'body.content-on-1xx',
  severity: 'error',
  reference: 'RFC 9110 §15.2',
  hint: 'Send the 1xx without content.',
  check: (x) => x.info?.final === false && x.hasContent && `${x.status} carries content.`,
}
