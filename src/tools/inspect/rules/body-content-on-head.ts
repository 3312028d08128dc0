import type { Rule } from '../rule.js'

/** A response to HEAD has no content (RFC 9110 §9.3.2). */
export const bodyContentOnHead: Rule = {
  id: 'body.content-on-head',
  severity: 'error',
  reference: 'RFC 9110 §9.3.2',
  hint: 'Send the GET headers without the body.',
  check: (x) => x.method === 'HEAD' && x.hasContent && `${String(x.status)} to HEAD carries content.`,
}
